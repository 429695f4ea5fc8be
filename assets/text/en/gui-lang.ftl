# The language switch (app/src/gui/widgets/lang_switch.rs) and what the log says when it is used.

gui-lang-label = Language
gui-lang-hint = The language of the app. Reports can be made in another language (Report screen).
# $lang: the language's own name (Deutsch, Nederlands).
gui-lang-changed = Language: { $lang }. The app will start in it next time.
gui-lang-not-saved = The language could not be remembered for the next start: { $error }
# The Report screen's choice of the report's language.
gui-report-lang = Report language
gui-report-lang-hint = The language the report is written in. It can differ from the app's: an installer can hand an English report to an English-speaking owner.
