# The language switch (app/src/gui/widgets/lang_switch.rs) and what the log says when it is used.

# en: fc1fe98f
gui-lang-label = Sprache
# en: 1582bce0
gui-lang-hint = Die Sprache der App. Berichte können in einer anderen Sprache erstellt werden (Ansicht „Bericht“).
# $lang: the language's own name (Deutsch, Nederlands).
# en: 6f89c57b
gui-lang-changed = Sprache: { $lang }. Die App startet beim nächsten Mal in dieser Sprache.
# en: 6f1c363d
gui-lang-not-saved = Die Sprache konnte für den nächsten Start nicht gespeichert werden: { $error }
# The Report screen's choice of the report's language.
# en: 9d7be707
gui-report-lang = Berichtssprache
# en: e94c1619
gui-report-lang-hint = Die Sprache, in der der Bericht geschrieben wird. Sie kann von der Sprache der App abweichen: Ein Installateur kann einem englischsprachigen Eigentümer einen englischen Bericht übergeben.
