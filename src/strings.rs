//! Every piece of text the app shows, in Danish, in one place.

pub const APP: &str = "refleks";

// Help overlay: what each key does.
pub const HELP_SCORE: &str = "vurdér den valgte anvisning på skalaen";
pub const HELP_NOT_RELEVANT: &str = "ikke relevant (du bliver bedt om en begrundelse)";
pub const HELP_UNKNOWN: &str = "ved ikke (står åbent, tælles ikke som 0)";
pub const HELP_NOTE: &str = "skriv en note til anvisningen (også Enter)";
pub const HELP_FOCUS: &str = "markér eller fjern som fokusområde";
pub const HELP_ADD_ACTION: &str = "tilføj en handling: hvad, hvem, hvornår";
pub const HELP_ACTIONS: &str = "anvisningens handlinger: ret, giv status, slet";
pub const HELP_ALL_ACTIONS: &str = "alle handlinger: ret, giv status, slet";
pub const HELP_ACTION_OPEN: &str = "ret den valgte handling";
pub const HELP_ACTION_STATUS: &str = "skift status: åben, i gang, udført";
pub const HELP_ACTION_DELETE: &str = "slet den valgte handling (du bliver spurgt først)";
pub const HELP_ACTION_ENTER: &str = "næste felt; i sidste felt: gem og luk";
pub const HELP_FIELD_UP_DOWN: &str = "forrige / næste felt";
pub const HELP_YES: &str = "ja, gør det";
pub const HELP_NO: &str = "nej, lad det være";
pub const HELP_EXPORT: &str = "gem referat som Markdown og HTML (du vælger mappen)";
pub const HELP_MARK: &str = "markér en gemt vurdering til sammenligning";
pub const HELP_COMPARE: &str = "sammenlign de markerede vurderinger (mindst to)";
pub const HELP_CLEAR: &str = "fjern vurderingen (noten bevares)";
pub const HELP_ANSWER: &str = "skriv teamets svar på spørgsmålet";
pub const HELP_OPEN: &str = "vælg / åbn";
pub const HELP_OPEN_CARD: &str = "gå til anvisningerne";
pub const HELP_TOGGLE: &str = "tag kortet med eller fra (når du vælger selv)";
pub const HELP_FORM_START: &str = "start vurderingen (fra kortlisten: gå til Start)";
pub const HINT_FORM_START: &str = "start";
pub const HELP_MOVE: &str = "flyt op og ned";
pub const HELP_PAGE: &str = "rul en side";
pub const HELP_ENDS: &str = "til starten / slutningen";
pub const HELP_READ: &str = "læs hele kortet på hele skærmen (Esc: tilbage)";
pub const HELP_NEXT_OPEN: &str = "gå til næste anvisning uden vurdering (eller med »ved ikke«)";
pub const HELP_PANE: &str = "næste felt (Shift+Tab: forrige)";
pub const HELP_FIELD: &str = "næste felt (Shift+Tab: forrige)";
pub const HELP_NEXT_CARD: &str = "næste / forrige kort (] og [ virker også)";
pub const HELP_SUMMARY: &str = "samlet overblik over vurderingen";
pub const HELP_SEARCH: &str = "søg i kortene";
pub const HELP_BACK: &str = "tilbage / luk (det skrevne bevares)";
pub const HELP_HELP: &str = "vis denne hjælp";
pub const HELP_QUIT: &str = "afslut (alt er allerede gemt)";
pub const HELP_QUIT_ANYWHERE: &str = "afslut, også mens du skriver (alt gemmes)";

// Hint line: the same, shorter.
pub const HINT_SCORE: &str = "vurdér";
pub const HINT_NOT_RELEVANT: &str = "ikke relevant";
pub const HINT_UNKNOWN: &str = "ved ikke";
pub const HINT_NOTE: &str = "note";
pub const HINT_FOCUS: &str = "fokus";
pub const HINT_ADD_ACTION: &str = "handling";
pub const HINT_ALL_ACTIONS: &str = "handlinger";
pub const HINT_ACTION_OPEN: &str = "ret";
pub const HINT_ACTION_STATUS: &str = "status";
pub const HINT_ACTION_DELETE: &str = "slet";
pub const HINT_YES: &str = "ja";
pub const HINT_NO: &str = "nej";
pub const HINT_EXPORT: &str = "referat";
pub const HINT_MARK: &str = "markér";
pub const HINT_COMPARE: &str = "sammenlign";
pub const HINT_ANSWER: &str = "svar";
pub const HINT_OPEN: &str = "vælg";
pub const HINT_TOGGLE: &str = "til/fra";
pub const HINT_MOVE: &str = "flyt";
pub const HINT_PANE: &str = "skift felt";
pub const HINT_FIELD: &str = "skift felt";
pub const HINT_NEXT_FIELD: &str = "næste felt";
pub const HINT_SAVE_CLOSE: &str = "gem og luk";
pub const HELP_SAVE_CLOSE: &str = "gem og luk";
pub const HINT_NEXT_CARD: &str = "kort";
pub const HINT_SUMMARY: &str = "overblik";
pub const HINT_SEARCH: &str = "søg";
pub const HINT_BACK: &str = "tilbage";
pub const HINT_HELP: &str = "hjælp";
pub const HINT_QUIT: &str = "afslut";
pub const HINT_MORE: &str = "mere";
pub const HINT_READ: &str = "læs";
pub const HINT_NEXT_OPEN: &str = "næste åbne";

// Home.
pub const HOME_TITLE: &str = "Refleksionskort over de nationale retningslinjer";
pub const HOME_NEW: &str = "Ny vurdering";
/// The first item on home: go on with the most recent assessment, at the card it stopped at.
pub fn home_continue(team: &str, card: Option<&str>) -> String {
    match card {
        Some(card) => format!("Fortsæt: {team} · {card}"),
        None => format!("Fortsæt: {team}"),
    }
}
pub const HOME_BROWSE: &str = "Læs kortene";
pub const HOME_HELP: &str = "Hjælp";
pub const HOME_SAVED: &str = "Gemte vurderinger";
pub const HOME_READING: &str = "Læser gemte vurderinger …";
pub const HOME_NONE_SAVED: &str = "Ingen gemte vurderinger endnu.";
pub const HOME_UNREADABLE: &str = "kan ikke læses";
pub const HOME_INTRO: &str = "Vælg med ↑↓ og Enter. Alt, hvad du skriver, gemmes med det samme.";

// New assessment.
pub const NEW_TITLE: &str = "Ny vurdering";
pub const NEW_TEAM: &str = "Team";
pub const NEW_PARTICIPANTS: &str = "Deltagere";
pub const NEW_PARTICIPANTS_HINT: &str = "valgfrit, adskil med komma";
pub const NEW_CARDS: &str = "Kort";
pub const NEW_START: &str = "Start vurderingen";
pub const NEW_ALL: &str = "Alle kort";
pub const NEW_CHAPTER: &str = "Kapitel";
pub const NEW_PICK: &str = "Vælg selv";
pub const NEW_NEED_TEAM: &str = "Skriv teamets navn først.";
pub const NEW_NEED_CARDS: &str = "Vælg mindst ét kort.";

// Card screen.
pub const PANE_CARDS: &str = "Kort";
pub const PANE_QUESTIONS: &str = "Refleksionsspørgsmål";
pub const PANE_ANVISNINGER: &str = "Anvisninger";
pub const PURPOSE: &str = "Formål";
pub const SUPPORTS: &str = "Retningslinjen understøtter";
pub const WORTH_KNOWING: &str = "Værd at vide";
pub const LEGISLATION: &str = "Lovgivning";
pub const PRINCIPLES: &str = "Principper";
pub const ASSESSED: &str = "vurderet";
pub const UNKNOWN_SHORT: &str = "ved ikke";
pub const ANSWERED: &str = "svar";
pub const NOTE: &str = "Note";
pub const REASON: &str = "Begrundelse";
pub const FOCUS: &str = "FOKUS";
pub const NO_ANSWER_YET: &str = "(intet svar endnu – tryk Enter)";
pub const READ_ONLY: &str = "KUN LÆSNING";
pub const BROWSING: &str = "læser kortene";
pub const UNSCORED: &str = "ikke vurderet";
pub const LEGEND_TITLE: &str = "Skala";
pub const SUMMARY_HINT: &str = "Enter åbner linjen";
pub const READING_HINT: &str = "↑↓ PgUp/PgDn rul · Esc tilbage";
pub const READING_OUTSIDE_HINT: &str = "ikke med i vurderingen · + tilføj det · Esc tilbage";

// Editor.
pub const EDIT_NOTE: &str = "Note til";
pub const EDIT_REASON: &str = "Hvorfor er anvisningen ikke relevant?";
pub const EDIT_ANSWER: &str = "Svar på spørgsmål";
pub const EDIT_HINT: &str = "Skriv frit · Enter ny linje · Esc gem og luk";
pub const REASON_NEEDED: &str = "Ikke relevant kræver en begrundelse – intet er ændret.";

// Summary.
pub const SUMMARY_TITLE: &str = "Overblik";
pub const SUMMARY_PROGRESS: &str = "Vurderet";
pub const SUMMARY_BELOW: &str = "Lovkrav, der endnu ikke er sikret (under 3 eller »ved ikke«)";
pub const SUMMARY_BELOW_NONE: &str = "Ingen lovkrav er vurderet under 3 eller sat til »ved ikke«.";
pub const SUMMARY_FOCUS: &str = "Fokusområder";
pub const SUMMARY_FOCUS_NONE: &str = "Ingen fokusområder valgt endnu (tryk f på en anvisning).";
pub const SUMMARY_AVERAGES: &str =
    "Gennemsnit pr. retningslinje (ikke relevant og ved ikke tælles ikke med)";
pub const SUMMARY_ORPHANS: &str = "Svar på anvisninger, som kortsættet ikke længere har (bevaret)";

// Search, help, messages.
pub const SEARCH_TITLE: &str = "Søg i kortene";
pub const SEARCH_PROMPT: &str = "Søg: ";
pub const SEARCH_EMPTY: &str = "Skriv for at søge. Enter går til kortet.";
pub const SEARCH_NONE: &str = "Ingen fund.";
pub const HELP_TITLE: &str = "Hjælp – taster";
pub const HELP_METHOD: &str = "Læs kortet sammen, drøft spørgsmålene, og vurdér hver anvisning: \
hvor meget af teamets praksis lever op til den? Skriv hvorfor i en note, og vælg fokusområder.";
pub const TOO_SMALL: &str = "Vinduet er for lille. Gør det større.";
/// Shown when a key would change a read-only assessment; the reason was shown when it opened.
pub const RENAME_REFUSED: &str = "Teamets navn kan ikke ændres nu:";
pub const READ_ONLY_NOTE: &str = "Vurderingen er åbnet skrivebeskyttet – her kan du kun læse.";
pub const SAVE_FAILED: &str = "Ikke gemt";
pub const SAVED_AGAIN: &str = "Gemt igen – alt er med i filen nu.";
pub const SAVED_COPY: &str = "Dit arbejde er gemt som";

/// Said on the terminal after the app closed, for each conflict copy it made: the whole path,
/// so the copy can be found.
pub fn saved_copy_farewell(path: &std::path::Path, because: &str) -> String {
    crate::text::clean_line(&format!(
        "Bemærk: Dit arbejde er gemt som {}, fordi {because}. Den oprindelige fil er ikke ændret.",
        path.display()
    ))
}
pub const QUIT_BLOCKED_TITLE: &str = "Ikke gemt";
pub const QUIT_BLOCKED_BODY: &str = "Dine seneste ændringer kunne ikke gemmes, heller ikke da du \
lukkede. Tryk Esc for at blive i refleks og prøve igen (fx når der er plads på drevet). Tryk q igen \
for at lukke alligevel; så går ændringerne siden sidste gemning tabt.";
pub const OPEN_BLOCKED: &str = "Den vurdering, du har åben, kunne ikke gemmes, så en anden \
åbnes ikke endnu. Tryk Esc, og prøv igen, når fejlen er rettet (fx når der er plads på drevet).";
pub const FIELD_FULL: &str = "Feltet kan højst rumme";
pub const FIELD_FULL_UNIT: &str = "tegn; det sidste blev ikke taget med.";
/// A paste where no text field is open (it changes nothing; it says where pasting works).
pub const PASTE_NOWHERE: &str =
    "Intet indsat: indsæt i et tekstfelt, fx en note (n) eller søgningen (/).";
/// A file another program (Excel, a sync client) holds open, so it cannot be written now.
pub const FILE_HELD: &str = "filen er åben i et andet program (fx Excel)";
pub const FILE_HELD_HELP: &str = "Luk den og prøv igen.";
pub const SAVED_AT: &str = "Gemt i";
pub const CLOSE_HINT: &str = "Esc luk";
pub const OPEN_FAILED: &str = "Vurderingen kan ikke åbnes";

// Actions.
pub const ACTION_TITLE: &str = "Handling til";
pub const ACTION_WHAT: &str = "Hvad";
pub const ACTION_WHO: &str = "Hvem";
pub const ACTION_DUE: &str = "Hvornår";
pub const ACTION_DUE_HINT: &str = "fx 31/3-27, 31.3.2027 eller 31. marts 2027";
pub const ACTION_LABEL: &str = "Handling";
pub const ACTION_BAD_DATE: &str = "Datoen blev ikke forstået og er gemt som skrevet";
pub const ACTION_NONE_YET: &str = "Ingen handlinger endnu (tryk a på en anvisning).";
pub const ACTION_SAVED: &str = "Handlingen er gemt.";
pub const ACTION_DELETED: &str = "Handlingen er slettet (z fortryder).";
pub const ACTION_DELETE_ASK: &str = "Slet handlingen";
pub const ACTIONS_TITLE: &str = "Handlinger til";
pub const ACTIONS_ALL_TITLE: &str = "Alle handlinger";
pub const ACTIONS_NONE: &str = "Ingen handlinger endnu.";
pub const ACTIONS_NONE_HERE: &str = "Ingen handlinger endnu – tryk a for at tilføje en.";
pub const ACTIONS_ADD_FROM_CARD: &str =
    "En ny handling hører til en anvisning: tilføj den på kortet (a).";
pub const ACTION_STATUS_LABEL: &str = "Status";
pub const ACTION_STATUS_SPACE: &str = "Mellemrum skifter";
pub const ACTION_OPEN: &str = "åben";
pub const ACTION_DATE_WARNING: &str = "datoen blev ikke forstået";
pub const CONFIRM_TITLE: &str = "Er du sikker?";
pub const SUMMARY_ACTIONS: &str = "Handlinger";
pub const EXPORTED: &str = "Referat gemt i";
pub const EXPORT_FAILED: &str = "Kunne ikke gemme referatet";

// Compare.
pub const COMPARE_NEED_TWO: &str = "Markér mindst to gemte vurderinger med mellemrum, og tryk c.";
pub const COMPARE_TITLE: &str = "Sammenligning";
pub const COMPARE_CELLS: &str = "IR = ikke relevant · ? = ved ikke · – = ikke vurderet";
pub const DECK_CHANGED: &str =
    "Kortsættet er ændret, siden vurderingen blev lavet. Alle svar er bevaret; se overblikket (s).";

// Undo: the status line says what was taken back, e.g. "Fortrudt: vurdering af 3.4.1".
pub const UNDONE: &str = "Fortrudt:";
pub const REDONE: &str = "Gentaget:";
pub const NOTHING_TO_UNDO: &str = "Der er intet at fortryde.";
pub const NOTHING_TO_REDO: &str = "Der er intet at gentage.";
pub const UNDO_TEAM: &str = "teamets navn";
pub const UNDO_PARTICIPANTS: &str = "deltagerne";
pub const UNDO_CARDS: &str = "kortvalget";
pub const UNDO_PARKED: &str = "parkerede emner";
pub const UNDO_SETTINGS: &str = "indstillingerne for workshoppen";
pub const UNDO_SCORE: &str = "vurdering af";
pub const UNDO_NOTE: &str = "note til";
pub const UNDO_REASON: &str = "begrundelse for";
pub const UNDO_FOCUS: &str = "fokus på";
pub const UNDO_ANSWER: &str = "svar på";
pub const UNDO_REFLECTION: &str = "svar på refleksionsspørgsmål til";
pub const UNDO_ACTION: &str = "handling til";
pub const UNDO_ACTIONS: &str = "handlingerne";
pub const HELP_UNDO: &str = "fortryd den seneste ændring (igen og igen)";
pub const HELP_REDO: &str = "gentag det fortrudte";

// Adding and removing cards in an open assessment.
pub const HELP_PICK_CARDS: &str = "tilføj eller fjern kort i vurderingen";
pub const HINT_PICK_CARDS: &str = "vælg kort";
pub const HELP_ADD_READ_CARD: &str =
    "tilføj kortet til vurderingen (et kort, søgningen fandt uden for den) og gå til det";

/// Said when a search hit leads to a card the assessment has not chosen.
pub fn reading_outside(card: &str) -> String {
    format!("Kort {card} er ikke med i vurderingen. Tryk + for at tilføje det.")
}
pub const HELP_CARD_TOGGLE: &str = "tag kortet med eller fjern det (spørger, hvis det har svar)";
pub const HINT_CARD_TOGGLE: &str = "tilføj/fjern";
pub const PICK_TITLE: &str = "Kort i vurderingen";
pub const PICK_ANSWERS: &str = "svar";
pub const PICK_ACTION: &str = "handling";
pub const PICK_ACTIONS: &str = "handlinger";
pub const CARD_ADDED: &str = "Kortet er tilføjet:";
pub const CARD_REMOVED: &str = "Kortet er fjernet (z fortryder):";
pub const CARD_LAST: &str = "Vurderingen skal have mindst ét kort.";
pub const CARD_REMOVE_ASK: &str = "Fjern kortet";
pub const CARD_REMOVE_ASK_TAIL: &str = "og alt, hvad der er skrevet på det";

/// "2 svar, 1 handling": what a card holds, for the card picker and its question.
pub fn recorded(answers: usize, actions: usize) -> String {
    let mut parts = Vec::new();
    if answers > 0 {
        parts.push(format!("{answers} {PICK_ANSWERS}"));
    }
    match actions {
        0 => {}
        1 => parts.push(format!("1 {PICK_ACTION}")),
        n => parts.push(format!("{n} {PICK_ACTIONS}")),
    }
    parts.join(", ")
}

// The team form and the home screen's rows.
pub const HELP_TEAM_HOME: &str = "ret teamets navn og deltagerne i den valgte vurdering";
pub const HINT_TEAM: &str = "omdøb";
pub const HELP_DELETE_ASSESSMENT: &str =
    "slet den valgte vurdering (du bliver spurgt; filen flyttes til papirkurven)";
pub const TEAM_TITLE: &str = "Team og deltagere";
pub const TEAM_SAVED: &str = "Team og deltagere er gemt.";
pub const TEAM_NEEDS_NAME: &str = "Teamet skal have et navn – det hidtidige navn er bevaret.";
pub const HOME_CREATED: &str = "oprettet";
pub const HOME_UPDATED: &str = "senest ændret";
pub const HOME_DELETE_ASK: &str = "Slet vurderingen";
pub const HOME_DELETE_TAIL: &str = "Filen flyttes til mappen papirkurv ved siden af de andre.";
pub const HOME_DISCARDED: &str = "Vurderingen er flyttet til";
pub const HOME_DISCARD_FAILED: &str = "Vurderingen blev ikke slettet";
pub const HOME_PICK_SAVED: &str = "Vælg en gemt vurdering først (↑↓).";

// The minutes: where they go.
pub const EXPORT_TITLE: &str = "Gem referat";
pub const EXPORT_FOLDER: &str = "Mappe";
pub const EXPORT_NOTE: &str = "Referatet gemmes som Markdown og HTML.";
pub const EXPORT_NO_OVERWRITE: &str =
    "Findes filerne allerede, får de nye et tal i navnet (-2, -3 …).";
pub const HELP_EXPORT_HERE: &str = "gem referatet i mappen";
pub const HINT_EXPORT_HERE: &str = "gem her";
pub const HELP_EXPORT_CLEAR: &str =
    "slet alt før markøren (den står sidst: feltet tømmes), så du kan skrive en anden mappe";
pub const HINT_EXPORT_CLEAR: &str = "tøm";
pub const HELP_EXPORT_CANCEL: &str = "luk uden at gemme referatet";
pub const HINT_EXPORT_CANCEL: &str = "fortryd";
pub const EXPORT_NEED_FOLDER: &str = "Skriv den mappe, referatet skal gemmes i.";
pub const EXPORTED_TITLE: &str = "Referatet er gemt";
pub const EXPORTED_BODY: &str = "Du finder referatet her:";
// Help: the editor's own keys (ratatui-textarea's defaults), and the mouse.
pub const HELP_EDITOR_TITLE: &str = "Taster i skrivefeltet";
pub const HELP_EDITOR_KEYS: &[(&str, &str)] = &[
    ("Enter", "ny linje"),
    ("←→↑↓", "flyt markøren"),
    ("Ctrl+←/→", "et ord frem eller tilbage"),
    ("Home/End", "til starten / slutningen af linjen"),
    ("Ctrl+A/E", "til starten / slutningen af linjen"),
    ("Ctrl+Z", "fortryd seneste ændring"),
    ("Ctrl+R", "gentag det fortrudte"),
    ("Ctrl+K", "slet resten af linjen"),
    ("Ctrl+U", "slet alt før markøren på linjen"),
    ("Ctrl+W", "slet ordet før markøren"),
    ("Ctrl+H", "slet tegnet før markøren (som Backspace)"),
    ("Ctrl+D", "slet tegnet under markøren (som Delete)"),
    ("Ctrl+Y", "indsæt det senest slettede"),
    ("Esc", "luk feltet (teksten er gemt)"),
];
/// The keys of every one-line field (`app::LineInput`): names, search, folders, an action, a tally.
pub const HELP_LINE_TITLE: &str = "Taster i felter på én linje (navn, søgning, mappe, handling)";
pub const HELP_LINE_KEYS: &[(&str, &str)] = &[
    ("←→", "flyt markøren"),
    ("Home/End", "til starten / slutningen af feltet"),
    ("Delete", "slet tegnet under markøren"),
    ("Ctrl+W", "slet ordet før markøren"),
    ("Ctrl+U", "slet alt før markøren"),
    ("Ctrl+K", "slet resten af feltet"),
];
pub const HELP_MOUSE_TITLE: &str = "Mus";
pub const HELP_MOUSE: &[&str] = &[
    "Klik på et kort, en rude, en anvisning, et spørgsmål eller et tal på skalaen.",
    "På forsiden vælger et klik en linje; klik på den valgte igen for at åbne den.",
    "I oversigten over teams vælger et klik en celle, et team eller en kolonne.",
    "Hjulet ruller ruden under musen; på forsiden og i oversigten over teams flytter det valget.",
    "Vil du markere tekst for at kopiere den: hold Shift nede, mens du trækker.",
    "Start med --no-mouse, hvis du hellere vil have terminalens egen markering.",
];

// Moving around.
pub const NEXT_OPEN_NONE: &str = "Alle anvisninger har en vurdering.";
pub const WHY_IN_ANVISNINGER: &str = "Vurdér i anvisningerne: tryk Tab, til rammen om dem er fed.";
pub const WHY_BROWSING: &str =
    "Du kigger kun i kortene. Start en vurdering på forsiden (Esc) for at give point.";
pub const WHY_ARROWS: &str = "Skift kort med ] og [, og rude med Tab.";

// The workshop: voting rounds, tallies, parked topics, participants (app/vote.rs, ui/vote.rs).
pub const HELP_VOTE_ONE: &str = "stemmerunde: alle vurderer skjult, så vises stemmerne";
pub const HINT_VOTE_ONE: &str = "stem";
pub const HELP_VOTE_CARD: &str = "stemmerunde på hele kortet: alle anvisninger, skjult";
pub const HELP_REVEAL_SAVED: &str =
    "vis de gemte stemmer (fx fra refleks merge), mest uenige først";
pub const VOTE_NONE_SAVED: &str = "Der er ingen gemte stemmer at vise. Start en runde med v.";
pub const HELP_TALLY: &str = "skriv stemmerne (papirkort, fingre): hver for sig, fx 3, 3, 2, 4, eller som antal, fx 2 x 3, 1 x 4";
pub const HELP_PARK: &str = "parkér et emne, der ikke hører til her, til senere";
pub const HELP_PARTICIPANTS: &str = "ret deltagerne (én pr. linje)";
pub const HELP_VOTE_CONFIRM: &str = "ja: ny runde efter drøftelsen; de første stemmer gemmes, så referatet viser, hvem der flyttede sig";
pub const HINT_VOTE_CONFIRM: &str = "ja, ny runde";
pub const HELP_VOTE_KEEP: &str = "nej: ingen ny runde; stemmerne står, som de er";
pub const HINT_VOTE_KEEP: &str = "nej";
pub const HELP_VOTE_AGAIN: &str =
    "stem om anvisningen igen; de første stemmer gemmes som en tidligere runde";
pub const HINT_VOTE_AGAIN: &str = "stem igen";
pub const HELP_VOTE_LEAVE_OUT: &str =
    "spring anvisningen over i denne runde; dens stemmer bliver, som de er";
pub const HINT_VOTE_LEAVE_OUT: &str = "spring over";
pub const HELP_CANCEL_YES: &str =
    "ja: afbryd runden; de skjulte stemmer kasseres uden at blive vist";
pub const HINT_CANCEL_YES: &str = "ja, afbryd";
pub const HELP_CANCEL_NO: &str = "nej: fortsæt runden, hvor den slap";
pub const HINT_CANCEL_NO: &str = "nej, fortsæt";
pub const HELP_VOTE_CAST: &str = "din skjulte vurdering på skalaen";
pub const HINT_VOTE_CAST: &str = "stem";
pub const HELP_VOTE_UNKNOWN: &str = "stem »ved ikke« (tæller for sig, aldrig som 0)";
pub const HELP_VOTE_SKIP: &str = "spring over: personen er ikke til stede";
pub const HINT_VOTE_SKIP: &str = "ikke til stede";
pub const HELP_VOTE_TAKE_BACK: &str =
    "fortryd den sidste skjulte stemme (eller »ikke til stede«); den vises ikke";
pub const HINT_VOTE_TAKE_BACK: &str = "fortryd";
/// "Stemmen er fortrudt og blev ikke vist. Nu stemmer: Anna"
pub const VOTE_TAKEN_BACK: &str = "Stemmen er fortrudt og blev ikke vist. Nu stemmer:";
pub const VOTE_NOTHING_TO_TAKE_BACK: &str = "Ingen har stemt endnu, så der er intet at fortryde.";
pub const HELP_VOTE_CANCEL: &str =
    "afbryd runden; ingen stemmer gemmes (er der skjulte stemmer, spørges der først)";
pub const HINT_VOTE_CANCEL: &str = "afbryd";
pub const HELP_TALLY_SUBMIT: &str = "vis stemmerne";
pub const HINT_TALLY_SUBMIT: &str = "vis";
pub const HELP_AGREE_MEDIAN: &str =
    "teamet er enigt om medianen; hver aftale gemmes med det samme og er ét trin for z (fortryd)";
pub const HINT_AGREE_MEDIAN: &str = "enige om medianen";
pub const HELP_AGREE_OTHER: &str = "teamet er enigt om en anden værdi";
pub const HINT_AGREE_OTHER: &str = "anden værdi";
pub const HELP_AGREE_UNKNOWN: &str = "teamet er enigt om »ved ikke«";
pub const HELP_AGREE_NOT_RELEVANT: &str =
    "teamet er enigt om »ikke relevant« (programmet beder om en begrundelse)";
pub const HELP_NEXT_REVEAL: &str = "videre uden at blive enige (stemmerne gemmes)";
pub const HINT_NEXT_REVEAL: &str = "videre";
pub const HELP_REVEAL_END: &str = "slut runden; stemmerne blev gemt, da de blev vist (r viser dem igen; z fortryder visningen som ét trin)";
pub const HINT_REVEAL_END: &str = "slut";

pub const VOTE_TITLE: &str = "Stemmerunde";
pub const TALLY_TITLE: &str = "Stemmer som antal";
pub const VOTE_CONFIRM_TITLE: &str = "Ny runde?";
/// "Afbryd runden? 5 skjulte stemmer kasseres (j/n)"
pub fn vote_cancel_question(hidden: usize) -> String {
    match hidden {
        0 => "Afbryd runden? Den skrevne optælling kasseres (j/n)".to_string(),
        1 => "Afbryd runden? 1 skjult stemme kasseres (j/n)".to_string(),
        n => format!("Afbryd runden? {n} skjulte stemmer kasseres (j/n)"),
    }
}
pub const VOTE_CANCEL_WHY: &str =
    "Stemmerne er ikke vist og gemmes ikke. Tryk n eller Esc for at fortsætte runden.";
/// "2.1.3 har allerede stemmer fra en tidligere runde."
pub const VOTE_CARD_ASK: &str = "har allerede stemmer fra en tidligere runde.";
pub const VOTE_CARD_ASK_KEYS: &str =
    "j: stem om den igen (de første stemmer gemmes som runde 1) · n: spring den over i denne runde";
pub const VOTE_NOTHING_LEFT: &str = "Alle kortets anvisninger blev sprunget over. Intet er ændret.";
pub const VOTE_REPLACES: &str = "har allerede stemmer. Ny runde efter drøftelsen? De første stemmer gemmes, så referatet viser, hvem der flyttede sig.";
pub const VOTE_TURN: &str = "stemmer nu";
pub const VOTE_HIDDEN: &str =
    "Tast din vurdering. Den vises ikke, før alle har stemt. Giv så tastaturet videre.";
pub const VOTE_DONE: &str = "har stemt";
pub const VOTE_WAITING: &str = "venter";
pub const VOTE_ABSENT: &str = "ikke til stede";
pub const VOTE_OF: &str = "af";
pub const VOTE_HAVE_VOTED: &str = "har stemt";
pub const TALLY_PROMPT: &str = "Skriv hver stemme, fx »3, 3, 2, 4«, eller hvor mange der gav hver vurdering, fx »2 x 3, 1 x 4«. u = ved ikke.";
pub const REVEAL_VOTES: &str = "Stemmer";
pub const REVEAL_MEDIAN: &str = "Median";
pub const REVEAL_SPREAD: &str = "spredning";
pub const REVEAL_UNKNOWN: &str = "ved ikke";
pub const REVEAL_AGREE: &str = "Teamet er enigt om";
/// Before the kind of a polarised or spread round; the flag the minutes keep.
pub const REVEAL_DISAGREE: &str = "UENIGHED";
pub const REVEAL_TALK: &str = "Tal om forskellen, før teamet bliver enigt.";

// The kinds of agreement (assessment/votes.rs), said alike on the reveal, the card screen and in
// the minutes.
pub const KIND_AGREED: &str = "Enige";
pub const KIND_ONE_OFF: &str = "Én afviger";
pub const KIND_POLARISED: &str = "Polariseret";
pub const KIND_SPREAD: &str = "Spredt";
/// Beside the kind below four votes on the scale.
pub const KIND_FEW: &str = "få stemmer";
pub const KIND_RELEVANCE: &str = "Uenige om relevans";
/// "3 flyttede sig", "ingen flyttede sig"
pub fn moved(n: usize) -> String {
    match n {
        0 => "ingen flyttede sig".to_string(),
        n => format!("{n} flyttede sig"),
    }
}
/// "Runde 1", "Runde 2"
pub fn round_label(n: usize) -> String {
    format!("Runde {n}")
}
pub const KIND_RULE_RELEVANCE: &str =
    "Nogle stemte »ikke relevant«, andre gav en vurdering: tal om, om anvisningen gælder her.";
/// "2 andre stemmer", "1 anden stemme"
pub fn other_votes(n: usize) -> String {
    if n == 1 {
        "1 anden stemme".to_string()
    } else {
        format!("{n} andre stemmer")
    }
}
pub const KIND_RULE_AGREED: &str = "Alle stemmer ligger højst ét trin fra medianen.";
pub const KIND_RULE_ONE_OFF: &str =
    "De andre ligger højst ét trin fra medianen. Hør den, der afviger.";
pub const KIND_RULE_SPREAD: &str =
    "Stemmerne ligger hverken samlet, i to lejre eller med én afviger.";

// The goal for next time and the basis of a score (assessment/model.rs), said alike on the card
// screen, the overview and in the minutes.
pub const BASIS_DOCUMENTED: &str = "dokumenteret";
pub const BASIS_PRACTICE: &str = "praksis, der kan beskrives";
pub const BASIS_ASSUMPTION: &str = "antagelse";
/// Before a goal: "Mål: 3".
pub const GOAL: &str = "Mål";
/// Before the basis: "Grundlag: dokumenteret".
pub const BASIS: &str = "Grundlag";
/// Before last time's goal on a file built on an earlier one: "Mål fra sidst: 3".
pub const GOAL_LAST: &str = "Mål fra sidst";
/// The heading over last time's actions followed to this time's score (compare, the minutes).
pub const FOLLOWED_TITLE: &str = "Sidste gangs handlinger";
/// A status not marked: the action is still open.
pub const FOLLOWED_OPEN: &str = "åben";
/// "handling udført: 1 → 3"
pub fn followed_up(status: &str, before: &str, after: &str) -> String {
    format!("handling {status}: {before} → {after}")
}
pub const HELP_GOAL: &str = "mål til næste gang: det niveau på skalaen, teamet vil nå";
pub const HELP_BASIS: &str = "hvordan ved du det? grundlaget for vurderingen: dokumenteret, praksis, der kan beskrives, eller antagelse";
pub const HELP_SECTION_CHOICE: &str = "Mål og grundlag";
pub const HELP_CHOICE_MOVE: &str = "flyt markeringen";
pub const HINT_CHOICE_MOVE: &str = "flyt";
pub const HELP_CHOICE_PICK: &str = "vælg det markerede (ét fortryd-trin: z)";
pub const HINT_CHOICE_PICK: &str = "vælg";
pub const HELP_CHOICE_DIGIT: &str = "målet direkte; på grundlaget 1–3 i listens rækkefølge";
pub const HELP_CHOICE_CLEAR: &str = "fjern målet eller grundlaget";
pub const HINT_CHOICE_CLEAR: &str = "fjern";
pub const HELP_CHOICE_CANCEL: &str = "luk uden at ændre noget";
pub const HINT_CHOICE_CANCEL: &str = "luk";
pub const GOAL_TITLE: &str = "Mål til næste gang";
pub const GOAL_ASK: &str = "Hvor skal teamet være næste gang?";
pub const BASIS_TITLE: &str = "Hvordan ved du det?";
pub const BASIS_ASK: &str = "Hvad bygger vurderingen på?";
pub const CHOICE_NONE: &str = "intet";

/// "Mindst en tredjedel stemte 0–1 og mindst en tredjedel 3–4."
pub fn kind_rule_polarised(low: [u8; 2], high: [u8; 2]) -> String {
    format!(
        "Mindst en tredjedel stemte {}–{} og mindst en tredjedel {}–{}.",
        low[0], low[1], high[0], high[1]
    )
}

/// "1 stemme", "5 stemmer".
/// A count with its noun in the right number: "1 team", "3 teams", "1 vurdering", "2 vurderinger".
pub fn counted(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

pub fn votes_count(n: usize) -> String {
    if n == 1 {
        "1 stemme".to_string()
    } else {
        format!("{n} stemmer")
    }
}
pub const REVEAL_NO_MEDIAN: &str = "Ingen stemte en værdi på skalaen, så der er ingen median. \
     Tast den værdi, teamet bliver enigt om, u for »ved ikke« eller x for »ikke relevant«.";
pub const REVEAL_ANONYMOUS: &str = "Anonyme stemmer: kun antallet gemmes.";
pub const VOTE_CANCELLED: &str = "Runden er afbrudt. Ingen stemmer er gemt.";
pub const VOTE_NOBODY: &str = "Ingen stemte (alle var sprunget over). Intet er gemt.";
pub const VOTE_NEED_PARTICIPANTS: &str =
    "Der er ingen deltagere at stemme. Skriv deltagerne her, én pr. linje, og tryk Esc.";
pub const VOTE_SAVED: &str = "Stemmerne er gemt.";
/// Short enough for the footer at 80 columns; the keys that work are right below it.
pub const VOTE_KEY_NOT_HERE: &str =
    "Den tast virker ikke under en runde. q virker, når runden er slut.";
/// "Stemmer på 3 anvisninger venter på teamet: tryk r for at vise dem."
pub const OPEN_VOTES_ON: &str = "Stemmer på";
pub const OPEN_VOTES_WAIT: &str = "venter på teamet: tryk r for at vise dem.";
/// "7 er ikke på skalaen. Tast 0–4."
pub const VOTE_OFF_SCALE: &str = "er ikke på skalaen. Tast";
pub const EDIT_DISSENT: &str = "Hvad handlede uenigheden om?";
pub const EDIT_PARTICIPANTS: &str = "Deltagere (én pr. linje)";
pub const EDIT_PARKED: &str = "Parkér et emne";
pub const SUMMARY_DISPUTED: &str = "Uenighed i stemmerne (polariserede først, så lovkrav)";
pub const SUMMARY_DISSENT: &str = "uenige om";
/// The card screen's expanded anvisning after a round: "Stemmer: Anna 2, Bo 3 (median 2, …)".
pub const VOTES_LABEL: &str = "Stemmer";
/// The dissent note, labelled as the minutes label it.
pub const DISSENT_LABEL: &str = "Uenighed";
pub const SUMMARY_PARKED: &str = "Parkerede emner";
pub const CARRIED_UNMARKED: &str = "fra sidst";

// Last time on the table.
pub const HELP_LAST_TIME: &str =
    "sidste gang: vurdering og note på den valgte anvisning; i spørgsmålene sidste gangs svar";
pub const HELP_CARRIED: &str = "handlinger fra sidst: markér hvor langt de er nået";
pub const HELP_COMPARE_LAST: &str = "sammenlign med sidste vurdering";
pub const HELP_BUILD_ON_YES: &str = "ja: byg videre på teamets sidste vurdering";
pub const HINT_BUILD_ON_YES: &str = "ja, byg videre";
pub const HELP_BUILD_ON_NO: &str = "nej: start helt forfra";
pub const HINT_BUILD_ON_NO: &str = "nej";
pub const HELP_CARRIED_STATUS: &str = "skift status: udført, i gang, ikke startet, droppet";
pub const HINT_CARRIED_STATUS: &str = "skift status";
pub const HELP_CARRIED_CLOSE: &str = "luk listen (alt er gemt)";
pub const HINT_CARRIED_CLOSE: &str = "luk";
pub const BUILD_ON_TITLE: &str = "Byg videre på sidste vurdering?";
pub const BUILD_ON_BODY: &str = "Sidste gangs vurdering står ved siden af hver anvisning (den kopieres ikke ind), og de åbne handlinger kommer med, så teamet kan markere, hvor langt de er nået.";
pub const BUILT_ON: &str = "Bygger videre på vurderingen fra";
pub const EARLIER_FAILED: &str = "Sidste vurdering kan ikke læses";
pub const LAST_TIME_TITLE: &str = "Sidste gang";
pub const LAST_TIME_NONE: &str = "Vurderingen bygger ikke på en tidligere. Start en ny vurdering af teamet for at få sidste gang med.";
pub const LAST_TIME_NOT_ANSWERED: &str = "Ikke vurderet sidste gang.";
pub const LAST_TIME_NO_ANSWER: &str = "(ikke besvaret sidste gang)";
pub const LAST_SHORT: &str = "sidst";
/// The badges in brackets where a row has little room: the duty in the source's own verbs.
pub const BADGE_SHORT_REQUIREMENT: &str = "SKAL";
pub const BADGE_SHORT_RECOMMENDATION: &str = "BØR";
pub const CARRIED_TITLE: &str = "Handlinger fra sidst";
pub const CARRIED_NONE: &str = "Der er ingen handlinger fra sidst.";
pub const CARRIED_HELP_LINE: &str = "Mellemrum skifter status. Alt gemmes med det samme.";
pub const COMPARE_LAST_UNSAVED: &str = "Vurderingen er ikke gemt endnu; prøv igen om et øjeblik.";

// Timebox.
pub const HELP_TIMEBOX: &str = "tid pr. kort: minutter til hvert kort (tom = ingen)";
pub const EDIT_TIMEBOX: &str = "Minutter pr. kort (tomt felt = ingen tidsramme)";
pub const TIMEBOX_BAD: &str = "Tidsrammen er ikke ændret; skriv et antal minutter fra 1 til 600";
pub const TIMEBOX_OVER: &str = "over tiden";
pub const HELP_ANONYMOUS: &str = "anonyme stemmer til/fra: kun antallet gemmes, ikke navnene";
pub const ANONYMOUS_ON: &str =
    "Anonyme stemmer: nye runder gemmer kun antallet pr. vurdering, ikke navnene.";
pub const ANONYMOUS_OFF: &str = "Stemmer gemmes nu med navn.";
// The overview of many teams.
pub const HELP_OVERVIEW: &str = "oversigt over mange teams side om side (vælg en mappe)";
pub const HINT_OVERVIEW: &str = "oversigt";
pub const HELP_OVERVIEW_OPEN: &str = "vis retningslinjens anvisninger for hvert team";
pub const HINT_OVERVIEW_OPEN: &str = "anvisninger";
pub const HELP_COLUMN: &str = "flyt til venstre og højre";
pub const HINT_COLUMN: &str = "kolonne";
pub const HELP_SORT: &str = "sortér efter kolonnen, lavest først (igen: slå fra)";
pub const HINT_SORT: &str = "sortér";
pub const HELP_REQUIREMENTS_ONLY: &str = "vis kun lovkrav (igen: alle)";
pub const HINT_REQUIREMENTS_ONLY: &str = "kun lovkrav";
pub const HELP_ORDER_ROWS: &str = "skift rækkefølge: efter sted, team, gennemsnit (lavest først) eller ændring (største fald først)";
pub const HINT_ORDER_ROWS: &str = "rækkefølge";
pub const HELP_PRINCIPLES: &str = "vis teamets gennemsnit pr. princip som søjler (igen: tabellen)";
pub const HINT_PRINCIPLES: &str = "principper";
pub const HELP_FOLDER_READ: &str = "læs mappen (tom: dine gemte vurderinger)";
pub const HINT_FOLDER_READ: &str = "læs";
pub const HOME_OVERVIEW: &str = "Oversigt over mange teams";
pub const OVERVIEW_TITLE: &str = "Oversigt over teams";
/// The header on the drill screen: the learner's own study, not a team's assessment.
pub const DRILL_HEADER: &str = "Selvstudium";
pub const FOLDER_TITLE: &str = "Hvilken mappe skal læses?";
pub const FOLDER_INTRO: &str = "Skriv stien til en mappe med vurderinger (undermapper læses også), \
     eller lad feltet stå tomt for dine gemte vurderinger.";
pub const FOLDER_STORE: &str = "dine gemte vurderinger";
pub const OVERVIEW_READING: &str = "Læser mappen … (mange filer kan tage et par sekunder)";
pub const OVERVIEW_NONE: &str = "Der er ingen vurderinger i mappen.";
pub const OVERVIEW_SORTED: &str = "sorteret efter";
pub const OVERVIEW_LOWEST_FIRST: &str = "lavest først";
pub const OVERVIEW_BY_TEAM: &str = "team";
pub const OVERVIEW_BY_MEAN: &str = "gennemsnit, lavest først";
pub const OVERVIEW_BY_CHANGE: &str = "ændring, største fald først";
pub const OVERVIEW_PRINCIPLES: &str = "principper";
pub const OVERVIEW_PRINCIPLES_ALL: &str = "alle";
pub const OVERVIEW_PRINCIPLES_NOTE: &str = "Søjlen er teamets gennemsnit af niveauerne på kortene under princippet; »alle« er alle teams. ↑↓ skifter team.";
pub const OVERVIEW_PRINCIPLES_NONE: &str = "Kortsættet har ingen principper.";
pub const OVERVIEW_REQUIREMENTS: &str = "kun lovkrav";
pub const OVERVIEW_UNREADABLE: &str = "kan ikke læses; se listen med kommandoen refleks aggregate";
pub const OVERVIEW_UNREADABLE_TITLE: &str = "Filer, der ikke kan læses";

/// The lead of the message listing the files an overview left out.
pub fn overview_unreadable_lead(n: usize) -> String {
    let files = if n == 1 {
        "1 fil".to_string()
    } else {
        format!("{n} filer")
    };
    format!(
        "{files} kan ikke læses og er ikke med i oversigten. Ret eller flyt {}, og læs mappen igen.",
        if n == 1 { "den" } else { "dem" }
    )
}

/// The end of that message when not every file fits.
pub fn overview_unreadable_more(n: usize) -> String {
    format!("… og {n} til. Hele listen: refleks aggregate MAPPE")
}

/// A parked topic made from a team's answer to a reflection question the deck no longer has.
pub fn dropped_question_answer(card: &str, number: &str, text: &str) -> String {
    format!(
        "Svar på et refleksionsspørgsmål, kort {card} ikke længere har (tidligere nr. {number}): {text}"
    )
}

// Self-study (`refleks øv`): the drill's questions and answers, and `øv --status`.
pub const STUDY_Q_LOVKRAV: &str = "Lovkrav eller anbefaling?";
pub const STUDY_Q_FRIST: &str = "Hvad er fristen?";
pub const STUDY_Q_RETNINGSLINJE: &str = "Hvilken retningslinje?";
pub const STUDY_Q_SCENARIE: &str = "Scenarie";
pub const STUDY_CHOICE_LOVKRAV: &str = "lovkrav (skal)";
pub const STUDY_CHOICE_ANBEFALING: &str = "anbefaling (bør/kan)";
pub const STUDY_FROM: &str = "Fra";
pub const STUDY_BASIS: &str = "Hjemmel";
pub const STUDY_NO_BASIS: &str = "ingen paragraf; fristen står i anvisning";
pub const STUDY_RESTS_ON: &str = "bygger på";

// The drill in the app (app/drill.rs) and its line on the home screen.
pub const HOME_PRACTICE: &str = "Øv dig i retningslinjerne";
pub fn home_practice_due(n: usize) -> String {
    format!("Øv: {n} i dag")
}
pub const HOME_PRACTICE_UNREADABLE: &str = "Øv (øvelser.toml kan ikke læses)";
pub const HELP_DRILL_LOVKRAV: &str = "Svar: et lovkrav (»skal«)";
pub const HINT_DRILL_LOVKRAV: &str = "lovkrav";
pub const HELP_DRILL_ANBEFALING: &str = "Svar: en anbefaling (»bør« eller »kan«)";
pub const HINT_DRILL_ANBEFALING: &str = "anbefaling";
pub const HELP_DRILL_GUIDELINE: &str = "Svar: den retningslinje, anvisningen står i";
pub const HINT_DRILL_GUIDELINE: &str = "vælg kort";
pub const HELP_DRILL_SHOW: &str = "Vis svaret (frister og scenarier)";
pub const HINT_DRILL_SHOW: &str = "vis svaret";
pub const HELP_DRILL_RATE: &str = "Hvor godt du vidste det: 1 igen, 2 svært, 3 godt, 4 let";
pub const HINT_DRILL_RATE: &str = "hvor godt";
pub const HELP_DRILL_RATE_DEFAULT: &str = "Godt (igen, hvis du svarede forkert)";
pub const HINT_DRILL_RATE_DEFAULT: &str = "videre";
/// In a »Lovkrav eller anbefaling?« question, in place of the word that gives it away.
pub const DRILL_BLANK: &str = "…";
pub const HELP_DRILL_DONE: &str = "Til forsiden (alle svar er gemt)";
pub const HINT_DRILL_DONE: &str = "forsiden";
pub const DRILL_TITLE: &str = "Øv";
pub const DRILL_CARD: &str = "Kort";
pub const DRILL_SHOW_PROMPT: &str = "Tænk over svaret, og tryk Mellemrum for at se det.";
pub const DRILL_CHOOSE_PROMPT: &str = "Tryk tasten ud for dit svar.";
pub const DRILL_RIGHT: &str = "Rigtigt.";
pub const DRILL_WRONG: &str = "Ikke rigtigt.";
pub const DRILL_RIGHT_MARK: &str = "✓ rigtigt svar";
pub const DRILL_YOUR_MARK: &str = "✗ dit svar";
pub const DRILL_ANSWER: &str = "Svar";
pub const DRILL_LAW: &str = "Kortets lovgrundlag";
pub const DRILL_RESTS_ON: &str = "Bygger på";
pub const DRILL_HOW_WELL: &str = "Hvor godt vidste du det?";
pub const DRILL_SCALE: &str = "1 igen · 2 svært · 3 godt · 4 let";
pub fn drill_enter_gives(word: &str) -> String {
    format!("Mellemrum eller Enter: {word}")
}
pub const DRILL_KEY_NOT_HERE_CHOICES: &str = "Svar med en af tasterne ud for svarene.";
pub const DRILL_KEY_NOT_HERE_SHOW: &str = "Tryk Mellemrum for at se svaret.";
pub const DRILL_DONE: &str = "Færdig for i dag";
pub const DRILL_NOTHING: &str = "Der er ikke noget at øve i dag.";
pub fn drill_done(answered: usize, right: usize) -> String {
    format!("Du har øvet {answered} spørgsmål i dag; {right} af dem var rigtige.")
}
pub fn drill_next(date: &str, n: usize, tomorrow: bool) -> String {
    let when = if tomorrow {
        format!("i morgen, {date}")
    } else {
        format!("den {date}")
    };
    format!("Næste gang: {n} spørgsmål kommer igen {when}.")
}
pub const DRILL_NO_NEXT: &str = "Intet af det, du har øvet, kommer igen endnu.";
pub const DRILL_NEW_WAIT: &str =
    "Nye spørgsmål kommer til, højst 10 om dagen, så gentagelserne ikke hober sig op.";
pub const DRILL_ALL_SAVED: &str = "Alle svar er gemt i øvelser.toml. Enter går til forsiden.";
pub fn drill_unsaved(n: usize) -> String {
    format!("{n} svar er ikke gemt endnu; refleks prøver igen ved næste svar eller næste øvelse.")
}
pub const DRILL_NOT_SAVED: &str = "Svaret er ikke gemt";
pub const DRILL_CANNOT_START: &str = "Øvelsen kan ikke begynde";

// The help's section titles, one per place (`Context::help_title`).
pub const HELP_SECTION_ANVISNINGER: &str = "Anvisninger";
pub const HELP_SECTION_QUESTIONS: &str = "Refleksionsspørgsmål";
pub const HELP_SECTION_CARDS: &str = "Kortskærmen";
pub const HELP_SECTION_READING: &str = "Læsevisningen (hele kortet)";
pub const HELP_SECTION_SUMMARY: &str = "Overblikket";
pub const HELP_SECTION_HOME: &str = "Forsiden";
pub const HELP_SECTION_FORM: &str = "Ny vurdering";
pub const HELP_SECTION_EDITOR: &str = "Skrivefelt (note, begrundelse, svar)";
pub const HELP_SECTION_SEARCH: &str = "Søgning";
pub const HELP_SECTION_ACTIONS: &str = "Handlinger";
pub const HELP_SECTION_ACTION_FORM: &str = "En handling";
pub const HELP_SECTION_CONFIRM: &str = "Spørgsmål (ja eller nej)";
pub const HELP_SECTION_CARD_PICKER: &str = "Kort i vurderingen";
pub const HELP_SECTION_TEAM_FORM: &str = "Team og deltagere";
pub const HELP_SECTION_EXPORT_FORM: &str = "Gem referat";
pub const HELP_SECTION_VOTE_CAST: &str = "Stemmerunde: skjulte stemmer";
pub const HELP_SECTION_VOTE_REVEAL: &str = "Stemmerunde: stemmerne vises";
pub const HELP_SECTION_VOTE_TALLY: &str = "Stemmerunde: stemmer som antal";
pub const HELP_SECTION_VOTE_CONFIRM: &str = "Stemmerunde: erstat tidligere stemmer?";
pub const HELP_SECTION_VOTE_CARD_ASK: &str = "Stemmerunde på kortet: en anvisning har stemmer";
pub const HELP_SECTION_VOTE_CANCEL_ASK: &str = "Stemmerunde: afbryd og kassér skjulte stemmer?";
pub const HELP_SECTION_CARRIED: &str = "Handlinger fra sidst";
pub const HELP_SECTION_BUILD_ON: &str = "Byg videre på sidste vurdering?";
pub const HELP_SECTION_COMPARE: &str = "Sammenligning";
pub const HELP_SECTION_BROWSE: &str = "Kortene uden en vurdering";
pub const HELP_SECTION_OVERVIEW: &str = "Oversigt over teams";
pub const HELP_SECTION_FOLDER: &str = "Mappe til oversigten";
pub const HELP_SECTION_GOTO: &str = "Gå til kort";
pub const HELP_SECTION_DRILL_LOVKRAV: &str = "Øvelse: lovkrav eller anbefaling?";
pub const HELP_SECTION_DRILL_GUIDELINE: &str = "Øvelse: hvilken retningslinje?";
pub const HELP_SECTION_DRILL_TURN: &str = "Øvelse: frister og scenarier";
pub const HELP_SECTION_DRILL_RATE: &str = "Øvelse: svaret";
pub const HELP_SECTION_DRILL_END: &str = "Øvelse: færdig";

// Going to a card or an anvisning by its number (app/layers/goto.rs).
pub const HELP_GOTO: &str = "gå til et kort eller en anvisning: skriv nummeret, fx 3.4 eller 3.4.1";
pub const HELP_GOTO_GO: &str = "gå til kortet eller anvisningen med nummeret";
pub const HINT_GOTO_GO: &str = "gå dertil";
pub const HELP_GOTO_CANCEL: &str = "luk uden at gå nogen steder";
pub const HINT_GOTO_CANCEL: &str = "luk";
pub const GOTO_TITLE: &str = "Gå til kort";
pub const GOTO_NUMBER: &str = "Nummer:";
pub const GOTO_EXAMPLE: &str = "Skriv fx 3.4 for et kort eller 3.4.1 for en anvisning.";
pub const GOTO_EMPTY: &str = "Skriv nummeret på et kort eller en anvisning, fx 3.4 eller 3.4.1.";

/// A number the deck has no card or anvisning with.
pub fn goto_unknown(typed: &str) -> String {
    format!(
        "Nummeret »{}« findes ikke i kortene. Prøv fx 3.4 eller 3.4.1.",
        crate::text::clean_line(typed)
    )
}

/// A card the open assessment has not chosen.
pub fn goto_not_chosen(card: &str) -> String {
    format!("Kort {card} er ikke valgt i vurderingen. Tryk Esc og + for at tilføje det.")
}

// The help's last section: the signs on the screens.
pub const HELP_SIGNS_TITLE: &str = "Tegn";
pub const HELP_SIGNS: [&str; 3] = [
    "[LOVKRAV]     lovkrav (skal)   [ANBEFALING]  anbefaling (bør/kan)",
    "3 ▮▮▮▯        vurderet 3        – ▯▯▯▯         ikke vurderet",
    "◆ fokusområde   ✎ har en note   ✓ spørgsmål besvaret",
];

// The reveal's words (ui/vote.rs).
pub const REVEAL_UNKNOWN_NOT_COUNTED: &str = "tæller ikke med i median og enighed";
pub const REVEAL_NOT_RELEVANT: &str = "ikke relevant";
pub const REVEAL_SHOWING: &str = "Visning";
pub const REVEAL_ORDER: &str = "mest uenige først";
pub const REVEAL_AGREE_ON: &str = "Enter: teamet er enigt om";
pub const REVEAL_OR_TYPE: &str = "Eller tast den værdi, teamet bliver enigt om.";
pub const REVEAL_THEN_DISSENT: &str = "Bagefter skriver du, hvad uenigheden handlede om.";

// The compare screen's words (ui/compare.rs).
pub const COMPARE_DECK: &str = "kortsæt";
pub const COMPARE_DECK_OTHER: &str = "ikke det samme som nu";
pub const COMPARE_SHOWING_ENDS: &str = "Viser første og sidste af";
pub const COMPARE_SEE_ALL: &str =
    "vurderinger; se alle med kommandoen refleks compare … --format md.";
pub const COMPARE_CHANGE: &str = "Ændring";
pub const COMPARE_NOT_IN_DECK: &str = "findes ikke i kortsættet nu";
pub const COMPARE_CARD_NOT_CHOSEN: &str = "kortet er ikke valgt i";
pub const COMPARE_WITHOUT_COMPARISON: &str = "anvisning(er) står uden sammenligning";
pub const COMPARE_MOVEMENTS: &str = "Bevægelser";

// Saving without the file's lock (tui/effects.rs).
pub const SAVE_NO_LOCK: &str = "Vurderingen er ikke gemt, fordi refleks ikke har låsen til den";
pub const SAVE_NO_LOCK_HELP: &str = "Luk og åbn vurderingen igen.";

/// The build-on question: "<team> har en vurdering fra <date> (<file>)."
pub const BUILD_ON_HAS: &str = "har en vurdering fra";
/// A tally submitted empty.
pub const TALLY_EMPTY: &str = "Skriv mindst én stemme, fx »3, 3, 2, 4« eller »2 x 3, 1 x 4«.";
/// The compare screen's section of what could not be matched.
pub const COMPARE_UNMATCHED: &str = "Uden match (bevaret, men kan ikke sammenlignes)";
