//! Every piece of text the app shows, in Danish, in one place.

pub const APP: &str = "refleks";

// Help overlay: what each key does.
pub const HELP_SCORE: &str = "vurdér den valgte anvisning på skalaen";
pub const HELP_NOT_RELEVANT: &str = "ikke relevant (du bliver bedt om en begrundelse)";
pub const HELP_UNKNOWN: &str = "ved ikke (står åbent, tælles ikke som 0)";
pub const HELP_NOTE: &str = "skriv en note til anvisningen";
pub const HELP_FOCUS: &str = "markér eller fjern som fokusområde";
pub const HELP_ADD_ACTION: &str = "tilføj en handling: hvad, hvem, hvornår";
pub const HELP_EDIT_ACTION: &str = "ret anvisningens seneste handling (tøm felterne for at slette)";
pub const HELP_EXPORT: &str = "gem referat som Markdown og HTML i den aktuelle mappe";
pub const HELP_MARK: &str = "markér en gemt vurdering til sammenligning";
pub const HELP_COMPARE: &str = "sammenlign de markerede vurderinger (mindst to)";
pub const HELP_CLEAR: &str = "fjern vurderingen (noten bevares)";
pub const HELP_ANSWER: &str = "skriv teamets svar på spørgsmålet";
pub const HELP_OPEN: &str = "vælg / åbn";
pub const HELP_OPEN_CARD: &str = "gå til anvisningerne";
pub const HELP_TOGGLE: &str = "vælg eller fravælg";
pub const HELP_MOVE: &str = "flyt op og ned";
pub const HELP_PAGE: &str = "rul en side";
pub const HELP_PANE: &str = "næste felt (Shift+Tab: forrige)";
pub const HELP_FIELD: &str = "næste felt (Shift+Tab: forrige)";
pub const HELP_NEXT_CARD: &str = "næste / forrige kort";
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
pub const HINT_EXPORT: &str = "referat";
pub const HINT_MARK: &str = "markér";
pub const HINT_COMPARE: &str = "sammenlign";
pub const HINT_ANSWER: &str = "svar";
pub const HINT_OPEN: &str = "vælg";
pub const HINT_TOGGLE: &str = "vælg til/fra";
pub const HINT_MOVE: &str = "flyt";
pub const HINT_PANE: &str = "felt";
pub const HINT_FIELD: &str = "næste felt";
pub const HINT_NEXT_CARD: &str = "kort";
pub const HINT_SUMMARY: &str = "overblik";
pub const HINT_SEARCH: &str = "søg";
pub const HINT_BACK: &str = "tilbage";
pub const HINT_HELP: &str = "hjælp";
pub const HINT_QUIT: &str = "afslut";

// Home.
pub const HOME_TITLE: &str = "Refleksionskort over de nationale retningslinjer";
pub const HOME_NEW: &str = "Ny vurdering";
pub const HOME_BROWSE: &str = "Læs kortene";
pub const HOME_HELP: &str = "Hjælp";
pub const HOME_SAVED: &str = "Gemte vurderinger";
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
pub const READ_ONLY_NOTE: &str = "Vurderingen er åben i et andet vindue – her kan du kun læse.";
pub const SAVE_FAILED: &str = "Kunne ikke gemme";
pub const SAVED_AT: &str = "Gemt i";
pub const CLOSE_HINT: &str = "Esc luk";
pub const OPEN_FAILED: &str = "Vurderingen kan ikke åbnes";

// Actions.
pub const ACTION_TITLE: &str = "Handling til";
pub const ACTION_WHAT: &str = "Hvad";
pub const ACTION_WHO: &str = "Hvem";
pub const ACTION_DUE: &str = "Hvornår";
pub const ACTION_DUE_HINT: &str = "fx 2027-03-31 eller 31-03-2027";
pub const ACTION_HINT: &str = "Tab/Enter næste felt · Enter i sidste felt eller Esc: gem og luk";
pub const ACTION_LABEL: &str = "Handling";
pub const ACTION_BAD_DATE: &str = "Datoen blev ikke forstået og er gemt som skrevet";
pub const ACTION_NONE_YET: &str = "Ingen handlinger endnu (tryk a på en anvisning).";
pub const ACTION_NONE_TO_EDIT: &str =
    "Anvisningen har ingen handling endnu – tryk a for at tilføje en.";
pub const SUMMARY_ACTIONS: &str = "Handlinger";
pub const EXPORTED: &str = "Referat gemt i";
pub const EXPORT_FAILED: &str = "Kunne ikke gemme referatet";

// Compare.
pub const COMPARE_NEED_TWO: &str = "Markér mindst to gemte vurderinger med mellemrum, og tryk c.";
pub const COMPARE_TITLE: &str = "Sammenligning";
pub const DECK_CHANGED: &str =
    "Kortsættet er ændret, siden vurderingen blev lavet. Alle svar er bevaret; se overblikket (s).";

// The workshop: voting rounds, tallies, parked topics, participants (app/vote.rs, ui/vote.rs).
pub const HELP_VOTE_ONE: &str = "stemmerunde: alle vurderer skjult, så vises stemmerne";
pub const HINT_VOTE_ONE: &str = "stem";
pub const HELP_VOTE_CARD: &str = "stemmerunde på hele kortet: alle anvisninger, skjult";
pub const HELP_REVEAL_SAVED: &str =
    "vis de gemte stemmer (fx fra refleks merge), mest uenige først";
pub const VOTE_NONE_SAVED: &str = "Der er ingen gemte stemmer at vise. Start en runde med v.";
pub const HELP_TALLY: &str = "skriv stemmerne som antal pr. vurdering (papirkort, fingre)";
pub const HELP_PARK: &str = "parkér et emne, der ikke hører til her, til senere";
pub const HELP_PARTICIPANTS: &str = "ret deltagerne (én pr. linje)";
pub const HELP_VOTE_CONFIRM: &str = "ja: en ny runde erstatter de tidligere stemmer";
pub const HINT_VOTE_CONFIRM: &str = "ja, erstat";
pub const HELP_VOTE_KEEP: &str = "nej: behold de tidligere stemmer";
pub const HINT_VOTE_KEEP: &str = "nej";
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
pub const HELP_VOTE_CANCEL: &str = "afbryd runden; ingen stemmer gemmes";
pub const HINT_VOTE_CANCEL: &str = "afbryd";
pub const HELP_TALLY_SUBMIT: &str = "vis stemmerne";
pub const HINT_TALLY_SUBMIT: &str = "vis";
pub const HELP_AGREE_MEDIAN: &str = "teamet er enigt om medianen";
pub const HINT_AGREE_MEDIAN: &str = "enige om medianen";
pub const HELP_AGREE_OTHER: &str = "teamet er enigt om en anden værdi";
pub const HINT_AGREE_OTHER: &str = "anden værdi";
pub const HELP_AGREE_UNKNOWN: &str = "teamet er enigt om »ved ikke«";
pub const HELP_NEXT_REVEAL: &str = "videre uden at blive enige (stemmerne gemmes)";
pub const HINT_NEXT_REVEAL: &str = "videre";
pub const HELP_REVEAL_END: &str = "slut runden; alle stemmer gemmes (r viser dem igen)";
pub const HINT_REVEAL_END: &str = "slut";

pub const VOTE_TITLE: &str = "Stemmerunde";
pub const TALLY_TITLE: &str = "Stemmer som antal";
pub const VOTE_CONFIRM_TITLE: &str = "Ny runde?";
pub const VOTE_REPLACES: &str =
    "har allerede stemmer. En ny runde erstatter dem, når stemmerne vises.";
pub const VOTE_TURN: &str = "stemmer nu";
pub const VOTE_HIDDEN: &str =
    "Tast din vurdering. Den vises ikke, før alle har stemt. Giv så tastaturet videre.";
pub const VOTE_DONE: &str = "har stemt";
pub const VOTE_WAITING: &str = "venter";
pub const VOTE_ABSENT: &str = "ikke til stede";
pub const VOTE_OF: &str = "af";
pub const VOTE_HAVE_VOTED: &str = "har stemt";
pub const TALLY_PROMPT: &str =
    "Skriv hvor mange der gav hver vurdering, fx »2 × 3, 1 × 4« (x går også; u = ved ikke).";
pub const REVEAL_VOTES: &str = "Stemmer";
pub const REVEAL_MEDIAN: &str = "Median";
pub const REVEAL_SPREAD: &str = "spredning";
pub const REVEAL_UNKNOWN: &str = "ved ikke";
pub const REVEAL_AGREE: &str = "Teamet er enigt om";
pub const REVEAL_DISAGREE: &str =
    "UENIGHED: stemmerne ligger langt fra hinanden. Tal om forskellen, før teamet bliver enigt.";
pub const REVEAL_AGREEMENT: &str = "Stemmerne ligger tæt.";
pub const REVEAL_NO_MEDIAN: &str = "Ingen stemte en værdi på skalaen, så der er ingen median. \
     Tast den værdi, teamet bliver enigt om, eller u for »ved ikke«.";
pub const REVEAL_ANONYMOUS: &str = "Anonyme stemmer: kun antallet gemmes.";
pub const VOTE_CANCELLED: &str = "Runden er afbrudt. Ingen stemmer er gemt.";
pub const VOTE_NOBODY: &str = "Ingen stemte (alle var sprunget over). Intet er gemt.";
pub const VOTE_NEED_PARTICIPANTS: &str =
    "Der er ingen deltagere at stemme. Skriv deltagerne her, én pr. linje, og tryk Esc.";
pub const VOTE_SAVED: &str = "Stemmerne er gemt.";
/// Short enough for the footer at 80 columns; the keys that work are right below it.
pub const VOTE_KEY_NOT_HERE: &str =
    "Den tast virker ikke under en runde. ? og q virker, når runden er slut.";
/// "Stemmer på 3 anvisninger venter på teamet: tryk r for at vise dem."
pub const OPEN_VOTES_ON: &str = "Stemmer på";
pub const OPEN_VOTES_WAIT: &str = "venter på teamet: tryk r for at vise dem.";
/// "7 er ikke på skalaen. Tast 0–4."
pub const VOTE_OFF_SCALE: &str = "er ikke på skalaen. Tast";
pub const EDIT_DISSENT: &str = "Hvad handlede uenigheden om?";
pub const EDIT_PARTICIPANTS: &str = "Deltagere (én pr. linje)";
pub const EDIT_PARKED: &str = "Parkér et emne";
pub const SUMMARY_DISPUTED: &str = "Uenighed i stemmerne (lovkrav først)";
pub const SUMMARY_DISSENT: &str = "uenige om";
pub const SUMMARY_PARKED: &str = "Parkerede emner";
pub const CARRIED_UNMARKED: &str = "fra sidst";

// Last time on the table.
pub const HELP_LAST_TIME: &str = "sidste gang: vurdering og note på den valgte anvisning";
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
pub const LAST_SHORT: &str = "sidst";
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
