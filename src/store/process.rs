//! Who else is running: whether a process id is alive on this machine, and this machine's name
//! (a lock file records both).

use std::fs;

/// True when a process with this id runs on this machine: Linux asks `/proc`, Windows opens the
/// process. Elsewhere every process is assumed alive (a temp file then waits out its hour).
pub(crate) fn pid_alive(pid: u32) -> bool {
    pid == std::process::id() || process_alive(pid)
}

#[cfg(target_os = "linux")]
fn process_alive(pid: u32) -> bool {
    pid != 0 && std::path::Path::new("/proc").join(pid.to_string()).exists()
}

#[cfg(windows)]
fn process_alive(pid: u32) -> bool {
    use windows_sys::Win32::Foundation::{CloseHandle, ERROR_INVALID_PARAMETER, STILL_ACTIVE};
    use windows_sys::Win32::System::Threading::{
        GetExitCodeProcess, OpenProcess, PROCESS_QUERY_LIMITED_INFORMATION,
    };
    // SAFETY: OpenProcess takes plain values; a null handle is checked before any use.
    let process = unsafe { OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, 0, pid) };
    if process.is_null() {
        // Only "no such process" says it is gone; "access denied" is another user's process.
        let gone = ERROR_INVALID_PARAMETER as i32;
        return std::io::Error::last_os_error().raw_os_error() != Some(gone);
    }
    let mut code = 0u32;
    // SAFETY: `process` is a valid handle we own, closed once; `code` lives across the call.
    let asked = unsafe { GetExitCodeProcess(process, &mut code) } != 0;
    // SAFETY: as above.
    unsafe { CloseHandle(process) };
    // A process that has ended but is still held open by someone answers with its exit code.
    !asked || code == STILL_ACTIVE as u32
}

#[cfg(all(unix, not(target_os = "linux")))]
fn process_alive(_pid: u32) -> bool {
    true
}

/// This machine's name, to tell our own locks from those made on another machine sharing the
/// folder.
pub(super) fn this_host() -> Option<String> {
    let name = if cfg!(target_os = "linux") {
        fs::read_to_string("/proc/sys/kernel/hostname").ok()
    } else {
        std::env::var("COMPUTERNAME")
            .or_else(|_| std::env::var("HOSTNAME"))
            .ok()
    }?;
    let name = name.trim();
    (!name.is_empty() && !name.contains('\n')).then(|| name.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_own_process_is_alive() {
        assert!(pid_alive(std::process::id()));
    }

    #[cfg(any(target_os = "linux", windows))]
    #[test]
    fn an_impossible_pid_is_dead() {
        assert!(!pid_alive(999_999_999));
    }
}
