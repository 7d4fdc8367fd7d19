//! The ids of cards and anvisninger: the strict patterns a deck file must follow, and the sort
//! order that puts 2.10 after 2.9.

/// `2.1`, `3.12`: one or two digits, a dot, one or two digits, no leading zero.
pub fn is_guideline_id(id: &str) -> bool {
    let mut parts = id.split('.');
    let ok = parts.next().is_some_and(is_number) && parts.next().is_some_and(is_number);
    ok && parts.next().is_none()
}

/// `2.1.1`, `3.1.2b`, `3.12.10`: a guideline id, a dot, a number and at most one small letter.
pub fn is_anvisning_id(id: &str) -> bool {
    let Some((head, last)) = id.rsplit_once('.') else {
        return false;
    };
    let digits = last.trim_end_matches(|c: char| c.is_ascii_lowercase());
    is_guideline_id(head) && is_number(digits) && last.len() - digits.len() <= 1
}

fn is_number(s: &str) -> bool {
    (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit()) && !s.starts_with('0')
}

/// Sort key that puts 2.10 after 2.9 and 3.1.2b after 3.1.2.
pub fn id_sort_key(id: &str) -> Vec<(u32, String)> {
    id.split('.')
        .map(|part| {
            let digits: String = part.chars().take_while(char::is_ascii_digit).collect();
            let rest = part[digits.len()..].to_string();
            (digits.parse().unwrap_or(u32::MAX), rest)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strict_id_patterns() {
        for ok in ["2.1", "3.12", "10.1"] {
            assert!(is_guideline_id(ok), "{ok}");
        }
        for bad in [
            "2", "2.1.1", "../x", "02.1", "2.", ".1", "2.a", "2.1 ", "٣.١",
        ] {
            assert!(!is_guideline_id(bad), "{bad}");
        }
        for ok in ["2.1.1", "3.1.2b", "3.12.10"] {
            assert!(is_anvisning_id(ok), "{ok}");
        }
        for bad in [
            "2.1", "../x", "2.1.1bb", "2.1.B", "2.1.0", "2.1.1/", "2..1", "x.1.1",
        ] {
            assert!(!is_anvisning_id(bad), "{bad}");
        }
    }

    #[test]
    fn ids_sort_numerically() {
        let mut ids = vec!["3.12", "3.2", "2.10", "2.9", "3.1.2b", "3.1.2", "3.1.10"];
        ids.sort_by_key(|id| id_sort_key(id));
        assert_eq!(
            ids,
            ["2.9", "2.10", "3.1.2", "3.1.2b", "3.1.10", "3.2", "3.12"]
        );
    }
}
