//! What the views keep between frames to draw faster. Never state: emptying it changes nothing
//! on screen. It lives in the `App`, so nothing drawn for one app (one deck) is shown by
//! another; the views keep their own types in it, one value per slot.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

/// A slot's name, the key its value was made for, and the value.
type Slot = (&'static str, u64, Rc<dyn Any>);

#[derive(Default)]
pub struct Memo {
    slots: RefCell<Vec<Slot>>,
}

impl Memo {
    /// What `slot` holds for `key` (a hash of everything the value is made from), made by
    /// `make` when it holds nothing or holds it for another key.
    pub fn get<T: 'static>(&self, slot: &'static str, key: u64, make: impl FnOnce() -> T) -> Rc<T> {
        let kept = self
            .slots
            .borrow()
            .iter()
            .find(|(s, k, _)| *s == slot && *k == key)
            .and_then(|(.., value)| Rc::clone(value).downcast::<T>().ok());
        if let Some(value) = kept {
            return value;
        }
        let value = Rc::new(make());
        let mut slots = self.slots.borrow_mut();
        slots.retain(|(s, ..)| *s != slot);
        slots.push((slot, key, Rc::clone(&value) as Rc<dyn Any>));
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slot_keeps_one_value_until_its_key_changes() {
        let memo = Memo::default();
        let mut made = 0;
        let mut get = |key| {
            *memo.get("text", key, || {
                made += 1;
                key * 10
            })
        };
        assert_eq!(get(1), 10);
        assert_eq!(get(1), 10);
        assert_eq!(get(2), 20);
        assert_eq!(get(1), 10);
        assert_eq!(made, 3);
    }
}
