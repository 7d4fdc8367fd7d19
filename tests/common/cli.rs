//! The `refleks` binary for the command-line tests.

use assert_cmd::Command;

/// The binary in a clean environment: the tests must not pick up a developer's own deck or
/// store.
pub fn refleks() -> Command {
    let mut cmd = Command::cargo_bin("refleks").unwrap();
    // Nor the screen-reader mode, which these start from the environment (`TERM=dumb` too).
    cmd.env_remove("REFLEKS_CARDS")
        .env_remove("REFLEKS_STORE")
        .env_remove("REFLEKS_SKAERMLAESER")
        .env_remove("ACCESSIBLE")
        .env_remove("REFLEKS_STATE")
        .env_remove("TERM");
    cmd
}

/// What a command that succeeds prints.
pub fn stdout(cmd: &mut Command) -> String {
    let out = cmd.assert().success().get_output().stdout.clone();
    String::from_utf8(out).unwrap()
}

/// What a command that fails with `code` says, having printed nothing on stdout.
pub fn stderr_of(cmd: &mut Command, code: i32) -> String {
    let assert = cmd.assert().code(code).stdout("");
    String::from_utf8(assert.get_output().stderr.clone()).unwrap()
}
