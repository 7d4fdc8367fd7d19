//! The line mode's runner: performs a [`Reply`]'s effects with the disk and prints its lines.
//! Every line goes out cleaned (no control character or escape sequence reaches the
//! terminal), whole, and once; a line is flushed at once so a screen reader hears it.

use std::io::{self, Write};

use super::{Disk, Effect, Line, Reply, words};

pub struct Runner<'o, W: Write> {
    out: &'o mut W,
    /// The last save failed: what the line mode holds is newer than the file.
    unsaved: bool,
    /// `afslut` was refused once because of a failed save; the next one leaves anyway.
    warned: bool,
}

impl<'o, W: Write> Runner<'o, W> {
    pub fn new(out: &'o mut W) -> Runner<'o, W> {
        Runner {
            out,
            unsaved: false,
            warned: false,
        }
    }

    /// Performs `reply`; true when the user has left.
    pub fn perform(&mut self, line: &mut Line, disk: &mut Disk, reply: Reply) -> io::Result<bool> {
        let mut lines = reply.lines;
        let mut left = false;
        // What an effect's result asks for comes after the effects already waiting.
        let mut queue: std::collections::VecDeque<Effect> = reply.effects.into();
        let then =
            |lines: &mut Vec<String>, queue: &mut std::collections::VecDeque<Effect>, r: Reply| {
                let shift = lines.len();
                lines.extend(r.lines);
                queue.extend(r.effects.into_iter().map(|e| e.shifted(shift)));
            };
        while let Some(effect) = queue.pop_front() {
            match effect {
                Effect::Save { say } => {
                    let Some(session) = line.session_mut() else {
                        continue;
                    };
                    let result = disk.save(session);
                    self.unsaved = result.is_err();
                    if (say.is_some() || result.is_err())
                        && let Some(words) = line.saved(&result)
                    {
                        // On the line that said the change, or last when none did.
                        let at = say.filter(|&i| i < lines.len());
                        match at.or(lines.len().checked_sub(1)) {
                            Some(i) => {
                                lines[i].push(' ');
                                lines[i].push_str(&words);
                            }
                            None => lines.push(words),
                        }
                    }
                }
                Effect::Open { path, links } => {
                    let result = disk.open(&path, links, &line.deck);
                    then(&mut lines, &mut queue, line.opened(path, result));
                }
                Effect::List => {
                    let (entries, unreadable) = disk.list(&line.deck);
                    // An øvelser.toml that cannot be read is said when the drill begins.
                    line.practice_due = crate::study::read(disk.dir())
                        .ok()
                        .map(|p| line.drill_due(&p));
                    then(&mut lines, &mut queue, line.listed(entries, unreadable));
                }
                Effect::Close => {
                    disk.close(line.session());
                    line.closed();
                    self.unsaved = false;
                }
                Effect::Export(folder) => {
                    let deck = line.deck.clone();
                    let result = match line.session_mut() {
                        Some(session) => {
                            // A new assessment gets its file first: the minutes take its name.
                            if session.path.is_none() && !session.read_only {
                                let _ = disk.save(session);
                            }
                            crate::store::write_minutes(
                                &session.assessment,
                                session.path.as_deref(),
                                &deck,
                                &folder,
                            )
                        }
                        None => Ok(Vec::new()),
                    };
                    then(&mut lines, &mut queue, line.exported(result));
                }
                Effect::LoadEarlier { path, fresh } => {
                    let result =
                        crate::store::Store::load_for(&path, &line.deck).map_err(|e| e.plain());
                    then(
                        &mut lines,
                        &mut queue,
                        line.earlier_loaded(path, fresh, result),
                    );
                }
                Effect::Arrive => then(&mut lines, &mut queue, line.arrived()),
                Effect::StartDrill { card } => {
                    let result = crate::study::read(disk.dir()).map_err(|e| e.0.plain());
                    then(&mut lines, &mut queue, line.drill_read(card, result));
                }
                Effect::RecordDrill { say } => {
                    if line.practice_unsaved.is_empty() {
                        continue;
                    }
                    let answers = line.practice_unsaved.clone();
                    let result = crate::study::record(disk.dir(), &answers, line.today_date())
                        .map(|_| answers.len())
                        .map_err(|e| e.0.plain());
                    let failed = result.is_err();
                    if let Some(words) = line.drill_recorded(result)
                        && (say.is_some() || failed)
                    {
                        let at = say.filter(|&i| i < lines.len());
                        match at.or(lines.len().checked_sub(1)) {
                            Some(i) => {
                                lines[i].push(' ');
                                lines[i].push_str(&words);
                            }
                            None => lines.push(words),
                        }
                    }
                }
                Effect::Quit => {
                    if self.unsaved
                        && let Some(session) = line.session_mut()
                    {
                        self.unsaved = disk.save(session).is_err();
                    }
                    if self.unsaved && !self.warned {
                        self.warned = true;
                        lines.push(
                            "Vurderingen kunne ikke gemmes. Skriv afslut igen for at lukke \
                             alligevel; det sidste bliver så ikke gemt."
                                .to_string(),
                        );
                        continue;
                    }
                    disk.close(line.session());
                    line.closed();
                    lines.push(if self.unsaved || !line.practice_unsaved.is_empty() {
                        words::FAREWELL_UNSAVED.to_string()
                    } else {
                        words::FAREWELL.to_string()
                    });
                    left = true;
                }
            }
        }
        for l in lines {
            self.say(&l)?;
        }
        Ok(left)
    }

    fn say(&mut self, line: &str) -> io::Result<()> {
        let clean = crate::text::clean_line(line);
        writeln!(self.out, "{clean}")?;
        self.out.flush()
    }
}
