//! The `refleks` binary for the command-line tests.

use assert_cmd::Command;

/// The binary in a clean environment: the tests must not pick up a developer's own deck or
/// store.
pub fn refleks() -> Command {
    let mut cmd = Command::cargo_bin("refleks").unwrap();
    cmd.env_remove("REFLEKS_CARDS").env_remove("REFLEKS_STORE");
    cmd
}
