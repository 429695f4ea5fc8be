# The language switch (app/src/gui/widgets/lang_switch.rs) and what the log says when it is used.

# en: fc1fe98f
gui-lang-label = Taal
# en: 1582bce0
gui-lang-hint = De taal van de app. Rapporten kunnen in een andere taal worden gemaakt (scherm Rapport).
# $lang: the language's own name (Deutsch, Nederlands).
# en: 6f89c57b
gui-lang-changed = Taal: { $lang }. De app start de volgende keer in deze taal.
# en: 6f1c363d
gui-lang-not-saved = De taal kon niet worden onthouden voor de volgende start: { $error }
# The Report screen's choice of the report's language.
# en: 9d7be707
gui-report-lang = Rapporttaal
# en: e94c1619
gui-report-lang-hint = De taal waarin het rapport wordt geschreven. Die kan verschillen van de taal van de app: een installateur kan een Engelstalig rapport geven aan een Engelstalige eigenaar.
