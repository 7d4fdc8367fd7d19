//! How refleks writes a number for people: one decimal, a Danish decimal comma, half away from
//! zero. Every average in every report, table and screen goes through here, so 2,25 is "2,3"
//! everywhere (Rust's `{:.1}` rounds half to even and would print "2,2").

/// `v` rounded to one decimal, half away from zero.
///
/// Averages are ratios of small integers, so a true half (2.25) may be stored a hair below it
/// (2.2499999…); the nudge of a millionth lets such a value round the way its fraction does.
pub fn round1(v: f64) -> f64 {
    let scaled = v * 10.0;
    let nudged = scaled + scaled.signum() * 1e-6;
    let r = nudged.round() / 10.0;
    // No negative zero: "−0,0" would read as a fall.
    if r == 0.0 { 0.0 } else { r }
}

/// One decimal with a Danish comma and a true minus sign: "2,3", "−0,3", "0,0".
pub fn decimal(v: f64) -> String {
    let r = round1(v);
    let text = format!("{:.1}", r.abs()).replace('.', ",");
    if r < 0.0 { format!("−{text}") } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn halves_round_away_from_zero() {
        assert_eq!(decimal(2.25), "2,3");
        assert_eq!(decimal(9.0 / 4.0), "2,3");
        assert_eq!(decimal(2.35), "2,4");
        assert_eq!(decimal(2.45), "2,5");
        assert_eq!(decimal(0.15), "0,2");
        assert_eq!(decimal(-0.25), "−0,3");
    }

    #[test]
    fn ordinary_values() {
        assert_eq!(decimal(2.44), "2,4");
        assert_eq!(decimal(3.0), "3,0");
        assert_eq!(decimal(0.0), "0,0");
        assert_eq!(decimal(-0.04), "0,0", "no negative zero");
        assert_eq!(decimal(-0.3), "−0,3");
    }

    #[test]
    fn every_mean_of_small_integers_rounds_like_exact_arithmetic() {
        // Exact rule on the ratio sum/n: round(10·sum/n) half up = (20·sum + n) / (2n).
        for n in 1u32..=60 {
            for sum in 0..=4 * n {
                let exact = (20 * sum + n) / (2 * n);
                let got = round1(f64::from(sum) / f64::from(n));
                assert_eq!(
                    (got * 10.0).round() as u32,
                    exact,
                    "{sum}/{n} = {}",
                    f64::from(sum) / f64::from(n)
                );
            }
        }
    }
}
