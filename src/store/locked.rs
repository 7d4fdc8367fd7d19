//! Why an assessment opens read-only or a save stopped ([`Locked`], [`Why`]), in Danish: every
//! reason, with what to do.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use crate::text::clean_line;

/// Why the assessment cannot be edited (it opens read-only), or why a save was stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Locked {
    /// The assessment, as the user gave it.
    pub file: PathBuf,
    pub lock_file: PathBuf,
    pub why: Why,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// Another refleks has the file open; its process and machine when the lock file says so.
    Held {
        pid: Option<u32>,
        host: Option<String>,
    },
    /// No lock file can be made beside the file: the reason, in Danish first.
    NoLockFile(String),
    /// The file itself is write-protected.
    ReadOnlyFile,
    /// The file has more than one name (a hard link); a save would split them silently.
    HardLinked,
    /// The path is a symbolic link found in the store, to this file.
    Symlink(PathBuf),
    /// Not a plain file (a folder, a device, a named pipe).
    NotAFile,
    /// The lock file was removed or replaced while we held it, and another refleks took it.
    Lost,
    /// The path now leads to another file than when it was opened.
    Moved,
    /// The file was changed by someone else since we read or wrote it.
    ChangedOnDisk,
    /// The file could not be read, or its lock file not made again, just before a save, even
    /// after a few tries (another program holds it, a sync client or a network drive is busy):
    /// nothing is saved now, and nothing moves to a new file either; the next save tries again.
    Unreadable {
        /// Another program holds the file open (Windows).
        held: bool,
        reason: String,
    },
}

impl Why {
    pub(super) fn unreadable(target: &Path, e: &io::Error) -> Why {
        Why::Unreadable {
            held: super::held_elsewhere(target, e),
            reason: super::io_reason(e),
        }
    }
}

impl Locked {
    /// What happened and what to do, in Danish, one paragraph. Safe to print.
    pub fn message(&self) -> String {
        let file = clean_line(&self.file.display().to_string());
        let lock_file = clean_line(&self.lock_file.display().to_string());
        let kept = "Intet i filen bliver ændret.";
        match &self.why {
            Why::Held { pid, host } => {
                // The process number means nothing to staff; the computer's name may.
                let _ = pid;
                let whose = match host {
                    Some(host) => format!(" (på {})", clean_line(host)),
                    None => String::new(),
                };
                format!(
                    "{file} er allerede åben i en anden refleks{whose}. Den åbnes \
                     skrivebeskyttet, så intet overskrives. Luk den anden refleks for at redigere."
                )
            }
            Why::NoLockFile(reason) => format!(
                "{file} åbnes skrivebeskyttet, fordi der ikke kan laves en låsefil ved siden af \
                 den: {}. {kept} Flyt filen til en mappe, du kan skrive i, for at redigere den.",
                clean_line(reason)
            ),
            Why::ReadOnlyFile => format!(
                "{file} er skrivebeskyttet og åbnes derfor kun til læsning. {kept} Fjern \
                 skrivebeskyttelsen i filens egenskaber for at redigere den."
            ),
            Why::HardLinked => format!(
                "{file} har flere navne (et såkaldt hardlink), og en gemning ville skille dem \
                 ad. Den åbnes skrivebeskyttet. {kept} Lav en almindelig kopi af filen for at \
                 redigere."
            ),
            Why::Symlink(target) => format!(
                "{file} er en genvej (et symbolsk link) til {}. Den åbnes skrivebeskyttet, så \
                 intet skrives et uventet sted. Åbn filen med `refleks open STI`, hvis du vil \
                 redigere den.",
                clean_line(&target.display().to_string())
            ),
            Why::NotAFile => {
                format!("{file} er ikke en almindelig fil og kan ikke gemmes. {kept}")
            }
            Why::Lost => format!(
                "Låsefilen {lock_file} blev fjernet, og en anden refleks har nu {file} åben. Dine \
                 seneste ændringer er ikke gemt i filen, så den andens arbejde ikke overskrives."
            ),
            Why::Moved => format!(
                "{file} fører nu til en anden fil end da den blev åbnet (den er flyttet eller \
                 erstattet af en genvej). Der er ikke gemt, så intet skrives et uventet sted."
            ),
            Why::ChangedOnDisk => format!(
                "{file} er ændret af et andet program, siden den blev åbnet. Der er ikke gemt, så \
                 de ændringer ikke overskrives. Åbn filen igen for at se dem."
            ),
            Why::Unreadable { reason, .. } => format!(
                "{file} kan ikke bruges lige nu: {}. Der er ikke gemt endnu; refleks prøver igen \
                 ved næste ændring og når du lukker.",
                clean_line(reason)
            ),
        }
    }
}

impl Locked {
    /// Why a save could not go into the file, as the end of "… fordi …": short enough to stand
    /// beside a file name in the status line.
    pub fn because(&self) -> &'static str {
        match &self.why {
            Why::ChangedOnDisk => "filen blev ændret af en anden, mens den var åben",
            Why::Lost => "en anden refleks har nu filen åben",
            Why::Moved => "filen er flyttet eller erstattet",
            Why::Held { .. } => "filen er åben i en anden refleks",
            Why::ReadOnlyFile => "filen er blevet skrivebeskyttet",
            Why::HardLinked | Why::Symlink(_) | Why::NotAFile => "filen kan ikke gemmes sikkert",
            Why::NoLockFile(_) => "der ikke kan laves en låsefil ved filen",
            Why::Unreadable { held: true, .. } => "filen er åben i et andet program",
            Why::Unreadable { .. } => "filen kan ikke læses lige nu",
        }
    }

    /// The first sentence of [`Locked::message`]: what happened, for a one-line status.
    pub fn reason(&self) -> String {
        let message = self.message();
        match message.find(". ") {
            Some(end) => message[..=end].to_string(),
            None => message,
        }
    }
}

impl fmt::Display for Locked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message())
    }
}

impl std::error::Error for Locked {}
