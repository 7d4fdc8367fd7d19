//! `refleks aggregate --format json`: the whole overview for other programs. The schema is
//! documented in `docs/aggregate-json.md`; keys come in the order of these structs, and a
//! change to it changes [`SCHEMA`].

use serde::{Serialize, Serializer};

use super::Out;

use crate::aggregate::Overview;
use crate::deck::Kind;
use crate::store::tree::Passed;
use crate::text::clean_line;

/// Names the schema in every document, so a reader can tell which one it got.
pub const SCHEMA: &str = "refleks-aggregate/2";

#[derive(Serialize)]
struct Document<'a> {
    schema: &'static str,
    deck: DeckOut,
    all: bool,
    anonymous: bool,
    teams: usize,
    read: usize,
    guidelines: Vec<GuidelineOut>,
    principles: Vec<PrincipleOut>,
    rows: Rows<'a>,
    totals: Vec<TotalOut>,
    course: CourseOut<'a>,
    anvisninger: Vec<AnvisningOut>,
    requirements_not_secured: NotSecuredList<'a>,
    focus: Vec<FocusOut>,
    unreadable: Vec<PassedOut>,
    skipped: Vec<PassedOut>,
}

#[derive(Serialize)]
struct DeckOut {
    name: String,
    edition: String,
    max_level: u8,
}

#[derive(Serialize)]
struct GuidelineOut {
    id: String,
    title: String,
    anvisninger: usize,
    requirements: usize,
}

#[derive(Serialize)]
struct PrincipleOut {
    id: u8,
    title: String,
}

#[derive(Serialize)]
struct RowOut {
    team: String,
    place: String,
    place_short: String,
    file: Option<String>,
    created: String,
    updated: String,
    deck_matches: bool,
    answered: usize,
    total: usize,
    mean: Option<f64>,
    principles: Vec<Option<f64>>,
    previous: Option<PreviousOut>,
    guidelines: Vec<CellOut>,
}

#[derive(Serialize)]
struct PreviousOut {
    file: Option<String>,
    created: String,
    mean_change: Option<f64>,
}

#[derive(Serialize)]
struct CourseOut<'a> {
    teams: TeamCourses<'a>,
    years: Vec<YearOut>,
    improved: Vec<MoverOut>,
    worrying: Vec<MoverOut>,
    requirements_share_grew: Vec<ShareGrewOut>,
    other_edition: usize,
}

#[derive(Serialize)]
struct TeamCourseOut {
    team: String,
    place: String,
    assessments: Vec<PointOut>,
}

#[derive(Serialize)]
struct PointOut {
    created: String,
    mean: Option<f64>,
}

#[derive(Serialize)]
struct YearOut {
    year: u16,
    teams: usize,
    mean: TeamsMeanOut,
    guidelines: Vec<TeamsMeanOut>,
}

#[derive(Serialize)]
struct MoverOut {
    id: String,
    from: TeamsMeanOut,
    to: TeamsMeanOut,
    change: f64,
}

#[derive(Serialize)]
struct ShareGrewOut {
    id: String,
    from: BelowOut,
    to: BelowOut,
}

#[derive(Serialize)]
struct BelowOut {
    below: usize,
    of: usize,
}

#[derive(Serialize)]
struct TotalOut {
    place: Option<String>,
    teams: usize,
    mean: TeamsMeanOut,
    guidelines: Vec<TeamsMeanOut>,
    principles: Vec<TeamsMeanOut>,
}

/// `mean` is null with `--anonym` when fewer than three teams stand behind it.
#[derive(Serialize)]
struct TeamsMeanOut {
    mean: Option<f64>,
    n: usize,
}

#[derive(Serialize)]
struct CellOut {
    id: String,
    mean: Option<f64>,
    scored: usize,
    of: usize,
    requirements_below: usize,
    change: Option<f64>,
}

#[derive(Serialize)]
struct AnvisningOut {
    id: String,
    guideline: String,
    kind: Kind,
    text: String,
    levels: Vec<usize>,
    not_relevant: usize,
    unknown: usize,
    unanswered: usize,
}

#[derive(Serialize)]
struct NotSecuredOut {
    id: String,
    guideline: String,
    text: String,
    below: usize,
    of: usize,
    without_level: usize,
    teams: Vec<String>,
}

#[derive(Serialize)]
struct FocusOut {
    id: String,
    guideline: String,
    text: String,
    teams: usize,
}

#[derive(Serialize)]
struct PassedOut {
    file: String,
    reason: String,
}

fn file(f: &str) -> Option<String> {
    (!f.is_empty()).then(|| clean_line(f))
}

fn teams_mean(o: &Overview, m: &crate::aggregate::TeamsMean) -> TeamsMeanOut {
    let hidden = o.anonymous && m.n < super::FEW;
    TeamsMeanOut {
        mean: if hidden { None } else { m.mean },
        n: m.n,
    }
}

fn course(o: &Overview) -> CourseOut<'_> {
    let c = &o.course;
    let mover = |m: &crate::aggregate::Mover| MoverOut {
        id: clean_line(&m.id),
        from: teams_mean(o, &m.from),
        to: teams_mean(o, &m.to),
        change: m.change,
    };
    CourseOut {
        teams: TeamCourses(o),
        years: c
            .years
            .iter()
            .map(|y| YearOut {
                year: y.year,
                teams: y.teams,
                mean: teams_mean(o, &y.mean),
                guidelines: y.cells.iter().map(|m| teams_mean(o, m)).collect(),
            })
            .collect(),
        improved: c.improved.iter().map(mover).collect(),
        worrying: c.worrying.iter().map(mover).collect(),
        requirements_share_grew: c
            .duties_grew
            .iter()
            .map(|g| ShareGrewOut {
                id: clean_line(&g.id),
                from: BelowOut {
                    below: g.from.0,
                    of: g.from.1,
                },
                to: BelowOut {
                    below: g.to.0,
                    of: g.to.1,
                },
            })
            .collect(),
        other_edition: c.other_edition,
    }
}

/// The rows, each made as it is written: 100,000 rows never stand in memory twice.
struct Rows<'a>(&'a Overview);

impl Serialize for Rows<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let o = self.0;
        s.collect_seq(o.rows.iter().map(|r| {
            RowOut {
                team: clean_line(&r.team),
                place: clean_line(&r.place),
                place_short: clean_line(&r.place_short),
                file: file(&r.file),
                created: clean_line(&r.created),
                updated: clean_line(&r.updated),
                deck_matches: r.deck_matches,
                answered: r.answered,
                total: r.total,
                mean: r.mean,
                principles: r.principles.clone(),
                previous: r.previous.as_ref().map(|p| PreviousOut {
                    file: file(&p.file),
                    created: clean_line(&p.created),
                    mean_change: p.mean_change,
                }),
                guidelines: o
                    .guidelines
                    .iter()
                    .zip(&r.cells)
                    .enumerate()
                    .map(|(g, (head, c))| CellOut {
                        id: clean_line(&head.id),
                        mean: c.mean,
                        scored: c.scored,
                        of: c.of,
                        requirements_below: c.below,
                        change: r.previous.as_ref().and_then(|p| p.change[g]),
                    })
                    .collect(),
            }
        }))
    }
}

/// Every assessment of each team, made as it is written.
struct TeamCourses<'a>(&'a Overview);

impl Serialize for TeamCourses<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.course.teams.iter().map(|t| {
            TeamCourseOut {
                team: clean_line(&t.team),
                place: clean_line(&t.place),
                assessments: t
                    .points
                    .iter()
                    .map(|(created, mean)| PointOut {
                        created: clean_line(created),
                        mean: *mean,
                    })
                    .collect(),
            }
        }))
    }
}

/// The requirements not secured, with the teams' names made as each is written.
struct NotSecuredList<'a>(&'a Overview);

impl Serialize for NotSecuredList<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let o = self.0;
        s.collect_seq(o.not_secured.iter().map(|n| {
            NotSecuredOut {
                id: clean_line(&n.id),
                guideline: clean_line(&n.guideline),
                text: clean_line(&n.text),
                below: n.below,
                of: n.of,
                without_level: n.without_level,
                teams: o
                    .not_secured_names(n)
                    .iter()
                    .map(|t| clean_line(t))
                    .collect(),
            }
        }))
    }
}

fn passed(list: &[Passed]) -> Vec<PassedOut> {
    list.iter()
        .map(|p| PassedOut {
            file: clean_line(&p.file),
            reason: clean_line(&p.reason),
        })
        .collect()
}

pub(super) fn json(out: &mut Out<'_>, o: &Overview) {
    let doc = Document {
        schema: SCHEMA,
        deck: DeckOut {
            name: clean_line(&o.deck_name),
            edition: clean_line(&o.deck_edition),
            max_level: o.max_level,
        },
        all: o.all,
        anonymous: o.anonymous,
        teams: o.teams,
        read: o.read,
        guidelines: o
            .guidelines
            .iter()
            .map(|g| GuidelineOut {
                id: clean_line(&g.id),
                title: clean_line(&g.title),
                anvisninger: g.anvisninger,
                requirements: g.requirements,
            })
            .collect(),
        principles: o
            .principles
            .iter()
            .map(|(id, title)| PrincipleOut {
                id: *id,
                title: clean_line(title),
            })
            .collect(),
        rows: Rows(o),
        totals: o
            .totals
            .iter()
            .map(|t| TotalOut {
                place: t.place.as_deref().map(clean_line),
                teams: t.teams,
                mean: teams_mean(o, &t.mean),
                guidelines: t.cells.iter().map(|c| teams_mean(o, c)).collect(),
                principles: t.principles.iter().map(|c| teams_mean(o, c)).collect(),
            })
            .collect(),
        course: course(o),
        anvisninger: o
            .anvisninger
            .iter()
            .map(|a| AnvisningOut {
                id: clean_line(&a.id),
                guideline: clean_line(&a.guideline),
                kind: a.kind,
                text: clean_line(&a.text),
                levels: a.levels.clone(),
                not_relevant: a.not_relevant,
                unknown: a.unknown,
                unanswered: a.unanswered,
            })
            .collect(),
        requirements_not_secured: NotSecuredList(o),
        focus: o
            .focus
            .iter()
            .map(|f| FocusOut {
                id: clean_line(&f.id),
                guideline: clean_line(&f.guideline),
                text: clean_line(&f.text),
                teams: f.teams,
            })
            .collect(),
        unreadable: passed(&o.unreadable),
        skipped: passed(&o.skipped),
    };
    out.with_writer(|w| {
        serde_json::to_writer_pretty(&mut *w, &doc)?;
        w.write_all(b"\n")
    });
}
