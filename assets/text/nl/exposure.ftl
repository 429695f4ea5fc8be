# Exposure: what the router probes proved about reaching the building controls from the
# internet (audit-core/src/checks/exposure.rs, router.rs, internet.rs), and the probe's own
# log lines and facts (audit-core/src/exposure/). The state texts (headline, explanation,
# what to do, checked / not checked) are read by homeowners: plain words, no jargon. Finding
# titles and summaries are read by installers.
# $ip and $address hold IPv4 addresses; $port a port number; $server what the user typed.

## The exposure state (homeowner voice)

# en: 66e713c2
exposure-reachable-headline = Uw gebouwbesturing is bereikbaar vanaf het internet.
# en: cd9bff26
exposure-reachable-explanation = Iedereen op het internet kan die vinden en gebruiken, zonder wachtwoord. Vraag uw installateur om dit vandaag nog dicht te zetten; tot die tijd staat in de lijst hieronder waar u om kunt vragen.
# en: 90307f45
exposure-behind-nat-headline = In uw router staat een deur naar uw gebouwbesturing open, maar het netwerk van uw internetprovider houdt die voorlopig tegen.
# $address: the router's internet address.
# en: 6c64a1f6
exposure-behind-shared-explanation = Het internetadres van uw router is { $address }: u deelt het met andere klanten van uw internetprovider, daarom kan het internet de open deur vandaag niet bereiken. Andere klanten van dezelfde provider kunnen die deur misschien wel bereiken. En op de dag dat uw provider u een eigen adres geeft (op verzoek, bij een nieuw abonnement of voor een dienst voor toegang op afstand), is uw gebouwbesturing vanaf het hele internet bereikbaar, zonder dat er thuis iets verandert.
# en: bffeb9d2
exposure-behind-router-headline = In uw router staat een deur naar uw gebouwbesturing open, maar een andere router daarvóór bepaalt of het internet erdoor komt.
# $address: the router's internet address.
# en: 7eb44513
exposure-behind-private-explanation = Het internetadres van uw router is { $address }, een privéadres: er zit nog een andere router vóór, vaak het modem van uw provider. Als die router alles doorgeeft aan de uwe (een instelling die vaak “exposed host” of “DMZ” heet), is uw gebouwbesturing nu al bereikbaar vanaf het internet; die router konden wij niet bekijken.
# en: bbbd45e3
exposure-address-unknown-headline = In uw router staat een deur naar uw gebouwbesturing open; we konden niet vaststellen of het internet die deur bereikt.
# en: 6fe24b67
exposure-address-unknown-explanation = Uw router gaf zijn internetadres niet door, dus we konden niet zien of het een openbaar IP-adres is. De meeste thuisaansluitingen hebben een openbaar IP-adres, en dan kan iedereen op het internet via deze deur uw gebouwbesturing bereiken.
# en: e08277e9
exposure-undetermined-headline = We konden niet vaststellen of uw gebouwbesturing bereikbaar is vanaf het internet.
# $why: one of the exposure-why-* messages.
# en: d9198d07
exposure-undetermined-explanation = Gebouwbesturing komt meestal op het internet terecht door een instelling in de router. { $why } Daarom kunnen we niet zeggen dat uw woning dicht is. In de lijsten hieronder staat wat niet kon worden gecontroleerd en hoe dat met de hand kan.
# en: 786a8625
exposure-why-not-run = De routercontrole is niet uitgevoerd.
# en: 26a32aa4
exposure-why-no-router = Er is op dit netwerk geen router gevonden.
# en: 3ed8744f
exposure-why-no-list-no-address = Uw router deelt zijn lijst met open deuren niet en gaf zijn internetadres niet door, dus konden we ook niet op dat adres aankloppen: een deur die met de hand in het routermenu is ingesteld, valt niet uit te sluiten.
# en: 3293f531
exposure-why-unlistable = Uw router laat apparaten zelf deuren openen op een manier die niet in een lijst te zien is, en een testklop vanuit huis op zijn internetadres gaf geen uitsluitsel.
# en: 8d8661cf
exposure-why-no-list-knock-inconclusive = Uw router deelt zijn lijst met open deuren niet, en een testklop vanuit huis op zijn internetadres gaf geen uitsluitsel.
# en: 9859be21
exposure-why-no-list-knock-not-run = Uw router deelt zijn lijst met open deuren niet, en er is geen testklop op zijn internetadres gedaan.
# en: 4fac6821
exposure-nothing-headline = Er is niets gevonden dat openstaat naar het internet, voor zover we konden controleren.
# $behind: exposure-nothing-shared, exposure-nothing-private or nothing.
# en: da40b5ed
exposure-nothing-explanation-listed = We hebben in uw router de volledige lijst gelezen van deuren die apparaten zelf hebben geopend, en geen daarvan leidt naar uw gebouwbesturing.{ $behind } Een deur die met de hand in het routermenu is ingesteld, staat niet in die lijst, en onze testklop kon zo’n deur niet uitsluiten; in de lijst hieronder staat hoe u dat kunt laten controleren. Voer deze controle opnieuw uit als er iets aan uw netwerk verandert.
# en: dd68c17f
exposure-nothing-explanation-proven = We vonden geen open deur naar uw gebouwbesturing: een testklop vanuit huis op het internetadres van uw woning kreeg geen antwoord, terwijl we weten dat deze router zo’n klop doorgeeft.{ $behind } Voer deze controle opnieuw uit als er iets aan uw netwerk verandert.
# en: e2ec4452
exposure-nothing-shared = {" "}Uw internetadres wordt gedeeld met andere klanten van uw internetprovider, dus zelfs een open deur zou vandaag niet bereikbaar zijn vanaf het internet.
# en: 2990388b
exposure-nothing-private = {" "}Er zit nog een andere router vóór de uwe, en die beslist ook mee.

## The states in a few words (a label beside the light)

# en: 24d91eae
exposure-state-reachable = bereikbaar vanaf het internet
# en: 7322caeb
exposure-state-forwarded-behind-nat = doorverwezen, achter het netwerk van de provider
# en: b4da0d2f
exposure-state-forwarded-address-unknown = doorverwezen, internetadres onbekend
# en: 472b8668
exposure-state-undetermined = niet vast te stellen
# en: 70f76135
exposure-state-nothing-found = niets open, voor zover gecontroleerd

## What to do (homeowner voice)

# en: ad7c44c6
exposure-do-remove-forward-today = Vraag uw installateur om de open deur (de poortdoorverwijzing) in de router vandaag nog te sluiten.
# en: f85358a9
exposure-do-remove-forward = Vraag uw installateur om de open deur (de poortdoorverwijzing) in de router te sluiten.
# en: fa50f535
exposure-do-remove-forward-anyway = Vraag uw installateur om de open deur in de router toch te sluiten: die is nergens voor nodig in wat nu werkt, en wordt gevaarlijk zodra het netwerk ervóór verandert.
# en: 01dc46ad
exposure-do-before-public-address = Vraagt u uw internetprovider ooit om een eigen adres (bijvoorbeeld voor toegang op afstand)? Laat de deur dan eerst sluiten.
# en: 33ade980
exposure-do-check-router-in-front = Laat de router ervóór (vaak het modem van de provider) nakijken op instellingen als “exposed host” of “DMZ”, die alles doorgeven.
# en: c4d7d269
exposure-do-vpn = Vraag voor toegang tot uw woning van buitenaf om een VPN (een eigen, afgesloten verbinding) in plaats van een open deur.
# en: d0082369
exposure-do-check-router-by-hand = Laat de instellingen van de router met de hand nakijken: de pagina’s “Poortdoorverwijzing” (“Port forwarding”), “Exposed host” of “DMZ”, en UPnP (het automatisch openen van poorten), voor de poorten 3671 en 47808.
# en: ad706014
exposure-do-test-from-outside = Of test van buiten uw woning: bijvoorbeeld vanaf een laptop die via een telefoon op mobiele data is verbonden (niet via uw wifi).
# en: 6899a542
exposure-do-give-address = Om dat uit te zoeken, voert u de controle opnieuw uit met het internetadres van uw router (te zien op de statuspagina van de router), of staat u de vraag aan een openbare adresdienst toe.

## What was checked, and what was not (list items, lower-case start)

# en: 8355fa6d
exposure-checked-mappings = de lijst in uw router met deuren die apparaten zelf hebben geopend ({ $entries } { $entries ->
        [one] vermelding
       *[other] vermeldingen
    })
# en: d3b8a941
exposure-not-checked-mappings-partial = een deel van de lijst in uw router met open deuren naar het internet: de router antwoordde niet meer
# en: 93d9da4d
exposure-not-checked-mappings-unshared = de lijst in uw router met open deuren naar het internet: de router deelt die niet (de functie staat misschien uit)
# en: 13204818
exposure-checked-self-opening = of apparaten zelf deuren in uw router kunnen openen
# en: de25099c
exposure-not-checked-port-control = deuren die apparaten zelf hebben geopend op een manier die uw router niet in een lijst kan tonen
# $server: the address service asked; $ip: what it answered.
# en: e9b225a0
exposure-checked-internet-view = hoe het internet uw woning ziet: { $ip } (gevraagd aan { $server })
# $error: why there was no usable answer.
# en: 2e369957
exposure-not-checked-internet-view = hoe het internet uw woning ziet ({ $server }): { $error }
# en: 2e67b419
exposure-checked-knock = een testklop vanuit huis op het internetadres van uw woning
# $why: one of the exposure-knock-why-* messages.
# en: 764f09f2
exposure-not-checked-by-hand = een deur die met de hand in het menu van uw router is ingesteld: { $why }
# en: 785a347f
exposure-knock-why-no-address = uw router gaf zijn internetadres niet door, dus een testklop was niet mogelijk; voer de controle opnieuw uit met het adres van de statuspagina van de router, of laat de router met de hand nakijken
# en: a583ff99
exposure-knock-why-not-run = er is geen testklop op het internetadres van uw woning gedaan; laat de router met de hand nakijken
# en: 06af11cb
exposure-knock-why-no-loopback = uw router laat ons niet vanuit huis testen; laat de router met de hand nakijken, of test van buitenaf, bijvoorbeeld vanaf een laptop die via een telefoon op mobiele data is verbonden
# en: 32d16261
exposure-checked-search = een openbare zoekmachine voor internetapparaten (Shodan)
# en: ab843204
exposure-not-checked-search-unreachable = een openbare zoekmachine voor internetapparaten: die was niet bereikbaar
# en: 151a4f58
exposure-not-checked-search-consent = een openbare zoekmachine voor internetapparaten: alleen met uw toestemming geraadpleegd
# en: 8418ba12
exposure-not-checked-router-not-run = uw router: de routercontrole is niet uitgevoerd
# en: 68d2da00
exposure-not-checked-router-none = uw router: op dit netwerk is er geen gevonden

## Proof, one sentence per forward (shown to both readers)

# $what: what it reaches (a device name, or exposure-reaches-*); $how: exposure-mechanism-*.
# en: 17f12f7c
exposure-proof-listed = De lijst van de router bevat { $protocol }-poort { $port } → { $internal } ({ $what }), { $how }.
# en: 4f0e9ffc
exposure-proof-listed-answered = De lijst van de router bevat { $protocol }-poort { $port } → { $internal } ({ $what }), { $how }; { $address } antwoordde via die doorverwijzing: { $answer }.
# en: cf16a38b
exposure-proof-answered = Een vraag aan { $address }:{ $port } ({ $protocol }) werd beantwoord: { $answer }. Geen deur in de lijst verklaart dit: { $how }.
# $ports: building-automation ports, comma-separated.
# en: ca1e9dc5
exposure-proof-indexed = Een openbare zoekmachine voor internetapparaten (Shodan) vermeldt poort { $ports } op uw adres.
# en: c1813caa
exposure-reaches-knx = de KNX-poort
# en: 2c52ba38
exposure-reaches-bacnet = een BACnet-poort
# en: d7858d47
exposure-reaches-device = een apparaat voor gebouwautomatisering
# en: baafd993
exposure-mechanism-upnp = door een apparaat geopend via UPnP (het automatisch openen van poorten door de router)
# en: a27c9313
exposure-mechanism-by-hand = met de hand ingesteld in het menu van de router (een poortdoorverwijzing, of een “exposed host” / “DMZ”)
# en: c418950d
exposure-mechanism-port-control = door een apparaat geopend via NAT-PMP of PCP (manieren om poorten te openen die de router niet in een lijst kan tonen), of met de hand ingesteld
# en: b73b52ca
exposure-mechanism-unknown = via UPnP (in het deel van de lijst dat niet kon worden gelezen), via NAT-PMP of PCP, of met de hand
# en: 82fa43b1
exposure-an-answer = een antwoord

## Addresses in words

# en: 0affc9ee
exposure-address-public = { $ip }, een openbaar IP-adres
# en: 63ca6783
exposure-address-public-simulated = { $ip }, dat in dit demo- of testnetwerk voor een openbaar IP-adres staat
# en: 74c0eaac
exposure-address-shared = { $ip }, een door de provider met andere klanten gedeeld adres (carrier-grade NAT, 100.64.0.0/10)
# en: 162875ff
exposure-address-shared-simulated = { $ip }, dat in deze demo staat voor een door de provider met andere klanten gedeeld adres (carrier-grade NAT)
# $block: the special-purpose block ("private (RFC 1918)").
# en: 0af2b9eb
exposure-address-private = { $ip }, een privéadres ({ $block })

## Findings about forwards (installer voice)

# en: ea971e81
exposure-what-knx = KNX-gateway
# en: 4ec3a13f
exposure-what-bacnet = BACnet-apparaat
# en: b6386071
exposure-what-device = apparaat voor gebouwautomatisering
# en: 9e67e361
exposure-title-knx-forwarded = KNX-gatewaypoort doorverwezen vanaf het internet
# en: f532baa1
exposure-title-bacnet-forwarded = BACnet-poort doorverwezen vanaf het internet
# en: 21072e41
exposure-title-mapping-to-device = Router verwijst poort { $port } door naar een apparaat voor gebouwautomatisering
# en: 4c0a780e
exposure-title-static-forward = { $what } antwoordt op het internetadres van de router
# en: 6c931604
exposure-title-unlisted-forward = { $what } antwoordt op het internetadres van de router (doorverwijzing staat in geen enkele lijst)
# en: 606cd540
exposure-title-behind-shared = Poortdoorverwijzing naar een { $what }, achter het gedeelde adres van de provider
# en: 23c89891
exposure-title-behind-router = Poortdoorverwijzing naar een { $what }, achter een andere router
# en: 7946c876
exposure-title-address-unknown = Poortdoorverwijzing naar een { $what }; het internetadres van de router is onbekend
# $proof: exposure-proof-*; $reach: exposure-reach-*.
# en: 82abbb17
exposure-forward-summary = { $proof } { $reach }
# $rule: exposure-mapping-words; $device: exposure-device-not-found or nothing.
# en: a8ad3f88
exposure-forward-summary-listed = { $proof } De regel: { $rule }.{ $device } { $reach }
# en: 9b7c8544
exposure-device-not-found = {" "}Bij het zoeken naar apparaten is op dat adres geen apparaat gevonden (het staat misschien uit, zit in een ander netwerk of reageert niet op zoekopdrachten).
# en: 04e07f4e
exposure-reach-public = Het internetadres van de router is { $address }: iedereen op het internet kan dezelfde vraag sturen.
# en: a3ab69d4
exposure-reach-shared = Het internetadres van de router is { $address }: de NAT van de provider houdt het internet nu tegen, maar andere klanten van de provider kunnen het doel mogelijk bereiken, en met een openbaar IP-adres van de provider zou het voor iedereen openstaan.
# en: f97020b8
exposure-reach-private = Het internetadres van de router is { $address }: een andere router ervóór beslist; als die alles doorgeeft (exposed host / DMZ), is het doel bereikbaar vanaf het internet.
# en: 1588ae18
exposure-reach-unknown = Het internetadres van de router is onbekend, dus het is niet bewezen dat het internet het doel bereikt; voer de controle opnieuw uit met --external-ip (van de statuspagina van de router) of --stun.
# en: a6cc1275
exposure-mapping-words = { $protocol } externe poort { $port } → { $internal } ({ $from }, { $description }, { $lease })
# en: 6ae49072
exposure-mapping-from-anywhere = vanaf elk adres
# en: 6c6d6416
exposure-mapping-from-only = alleen vanaf { $host }
# en: 9d12bd26
exposure-mapping-no-description = geen beschrijving
# en: 79f51061
exposure-mapping-description = beschrijving “{ $description }”
# en: 7dc2eb65
exposure-mapping-permanent = permanent
# en: bc446907
exposure-mapping-lease = leasetijd { $seconds } s
# en: d10132a8
exposure-title-mapping-disabled = Uitgeschakelde poorttoewijzing naar gebouwautomatisering
# en: 66ed0116
exposure-summary-mapping-disabled = De router bewaart { $count } { $count ->
        [one] regel
       *[other] regels
    } naar gebouwautomatisering die { $count ->
        [one] is
       *[other] zijn
    } uitgeschakeld: { $rules }.
# en: de89898e
exposure-title-inconclusive = Test van het internetadres van de router gaf geen uitsluitsel
# en: 2b094931
exposure-inconclusive-probe = { $protocol } { $target } ({ $outcome })
# en: f3c3c30e
exposure-inconclusive-no-loopback = deze router stuurt verkeer van binnenuit niet terug naar zijn eigen internetadres (geen NAT-loopback)
# en: 09d52769
exposure-inconclusive-unknown-loopback = we konden niet vaststellen of deze router verkeer van binnenuit terugstuurt naar zijn eigen internetadres
# en: 393c36f6
exposure-summary-inconclusive = Geen antwoord op { $probes }; { $why }, dus stilte bewijst niet dat er niets wordt doorverwezen. Test van buitenaf: bijvoorbeeld met een laptop die via een telefoon op mobiele data is verbonden (niet via de wifi van de woning).

## Findings about the router's services and address (installer voice)

# en: 0a1acf3d
exposure-the-router = de router
# en: afda9751
exposure-title-upnp-enabled = UPnP staat aan: apparaten kunnen zelf poorten in de router openen
# en: 3f9f990c
exposure-summary-upnp-enabled = { $name } beantwoordt UPnP-verzoeken voor poorttoewijzingen (nu { $count } { $count ->
        [one] toewijzing
       *[other] toewijzingen
    } in de lijst). Elk apparaat in het netwerk kan ongemerkt een poort vanaf het internet openen.
# en: c20923ee
exposure-title-list-incomplete = Lijst met poortdoorverwijzingen van de router maar deels gelezen
# en: 72bd5607
exposure-summary-list-incomplete = De UPnP-lijst van de router is gelezen tot { $count } { $count ->
        [one] vermelding
       *[other] vermeldingen
    } en stopte daarna. Een doorverwijzing naar de gebouwbesturing kan in het niet geziene deel staan.
# en: 495921d3
exposure-summary-list-incomplete-error = De UPnP-lijst van de router is gelezen tot { $count } { $count ->
        [one] vermelding
       *[other] vermeldingen
    } en stopte daarna ({ $error }). Een doorverwijzing naar de gebouwbesturing kan in het niet geziene deel staan.
# $which: NAT-PMP, PCP, or NAT-PMP and PCP (protocol names).
# en: 25d9f72c
exposure-title-port-control = Router accepteert poortverzoeken via { $which }
# $listed: exposure-port-control-listed or exposure-port-control-unlisted.
# en: 97ff666b
exposure-summary-port-control = De router antwoordde op { $which }: apparaten in het netwerk kunnen hem vragen poorten vanaf het internet te openen. Via { $which } kunnen de zo geopende poorten niet worden opgesomd{ $listed }
# en: 1de39ee2
exposure-port-control-listed = ; op de meeste routers staan ze ook in de UPnP-lijst, en die is helemaal gelezen.
# en: f13fb63b
exposure-port-control-unlisted = , en de UPnP-lijst was niet beschikbaar om ze te tonen: een doorverwijzing die zo is gemaakt, wordt alleen gevonden als de router antwoordt op een test van zijn internetadres.
# en: 1693a98a
exposure-title-external-ip = Internetadres van de router
# $address: exposure-address-*; $source: exposure-source-*; $meaning and $view: the messages below or nothing.
# en: e5a33b48
exposure-summary-external-ip = Het internetadres (WAN) van de router is { $address } ({ $source }).{ $meaning }{ $view }
# en: 4808e3ab
exposure-source-upnp = door de router gemeld via UPnP
# en: 651a415d
exposure-source-nat-pmp = door de router gemeld via NAT-PMP
# en: 63cbcb24
exposure-source-typed = ingevoerd vanaf de statuspagina van de router
# en: b8b1e44c
exposure-source-stun = zoals de STUN-server het zag
# en: 096214c8
exposure-external-means-shared = {" "}De provider plaatst de locatie achter zijn eigen NAT (carrier-grade NAT): doorverwijzingen op deze router bereiken het internet vandaag niet, maar wel op de dag dat de provider een openbaar IP-adres toewijst.
# en: 166a2b71
exposure-external-means-private = {" "}Er zit nog een andere router vóór (vaak het modem van de provider): doorverwijzingen op deze router bereiken het internet alleen als die router het verkeer doorgeeft.
# en: 307ff2c0
exposure-external-view-differs = {" "}De STUN-server { $server } ziet de locatie als { $ip }: er zit een NAT tussen deze router en het internet.
# en: bf5fce26
exposure-external-view-same = {" "}De STUN-server { $server } ziet hetzelfde adres.
# en: 044993e9
exposure-summary-internet-view-only = De router gaf zijn internetadres niet door; de STUN-server { $server } ziet de locatie als { $address }.
# en: d87eb9d3
exposure-title-not-checked-at-all = Router niet gecontroleerd
# en: 344e04e3
exposure-summary-not-checked-at-all = De routertests zijn niet uitgevoerd, dus de lijst met poortdoorverwijzingen van de router, zijn internetadres en een test van dat adres zijn niet gecontroleerd.
# en: 101b37ce
exposure-title-not-fully-checked = Router niet volledig gecontroleerd
# $missing: the exposure-missing-* items, listed.
# en: 27e1857a
exposure-summary-not-checked = Niet gecontroleerd: { $missing }.
# en: a1f4bc25
exposure-missing-no-router = Er is geen router gevonden (geen standaardgateway op de interface)
# en: dcbb8d4f
exposure-missing-list-error = De lijst met poortdoorverwijzingen van de router (UPnP antwoordde niet: { $error })
# en: 5f323092
exposure-missing-list-off = De lijst met poortdoorverwijzingen van de router (de router biedt geen UPnP, of het staat uit)
# en: 29e3144f
exposure-missing-list-not-asked = De lijst met poortdoorverwijzingen van de router (er is niet via UPnP naar gevraagd)
# en: 63a98cc9
exposure-missing-port-control = Doorverwijzingen die via { $which } zijn geopend; die kunnen niet worden opgesomd
# en: c28a8dba
exposure-missing-address = Het internetadres van de router (UPnP noch NAT-PMP gaf het door; geef het op met --external-ip vanaf de statuspagina van de router, of sta --stun toe)
# en: 34512854
exposure-missing-own-address = Het eigen internetadres van de router (alleen wat de STUN-server ziet is bekend; geef het op met --external-ip)
# en: 92c19532
exposure-missing-knock-no-address = Een test van het internetadres van de router van binnenuit (geen adres om te testen): een met de hand ingestelde doorverwijzing valt niet uit te sluiten
# en: 82f08439
exposure-missing-knock-not-run = Een test van het internetadres van de router van binnenuit (niet uitgevoerd)

## Public index lookup (InternetDB; installer voice)

# en: b11e52ae
exposure-index-the-site-address = het internetadres van de locatie
# en: eb4d82af
exposure-index-title-not-checked = Openbare internetindex niet gecontroleerd
# en: 15b54d1c
exposure-index-summary-not-checked = Het opzoeken van { $ip } in Shodan InternetDB is mislukt: { $error }.
# en: 97e6e9ef
exposure-index-title-not-listed = Niet vermeld in de openbare internetindex
# en: 3ccf8fb4
exposure-index-summary-not-listed = Shodan InternetDB heeft geen vermelding voor { $ip } (de gegevens zijn ongeveer een week oud).
# en: 2745be6c
exposure-index-title-bas-ports = Openbare internetindex vermeldt poorten voor gebouwautomatisering op uw adres
# en: 83b36feb
exposure-index-summary-bas-ports = Shodan InternetDB vermeldt { $ip } met poort { $ports } open (KNX 3671 / BACnet 47808–47823). De scanners ervan hebben ergens in de afgelopen week vanaf het internet gebouwbesturing bereikt.
# en: e605dbfa
exposure-index-summary-bas-ports-and-others = Shodan InternetDB vermeldt { $ip } met poort { $ports } open (KNX 3671 / BACnet 47808–47823), en daarnaast { $others }. De scanners ervan hebben ergens in de afgelopen week vanaf het internet gebouwbesturing bereikt.
# en: 49aa50d2
exposure-index-title-other-ports = Openbare internetindex vermeldt andere open poorten op uw adres
# en: a85cdcde
exposure-index-summary-listed-no-ports = Shodan InternetDB vermeldt { $ip }, zonder open poorten.
# en: dd60fab4
exposure-index-summary-other-ports = Shodan InternetDB vermeldt { $ip } met poort { $ports } open; geen KNX- of BACnet-poort.

## STUN (the opt-in question to a public address service)

# Shown before the request (CLI preamble, GUI consent dialog). $server: as the user typed it.
# en: 2dc40e24
exposure-stun-consent = De STUN-server { $server } vragen welk adres deze locatie op het internet heeft. Die server wordt door een derde partij beheerd: die komt het openbare IP-adres en de poort van deze locatie te weten, en wanneer de controle liep. Er wordt één vraag van 20 bytes verzonden (maximaal drie keer), zonder verdere inhoud.
# en: 6b53e76d
exposure-stun-server-bad = “{ $server }” is geen STUN-server: geef HOST of HOST:PORT op (een IPv4-adres of een DNS-naam, poort 1-65535)
# en: 51f98d20
exposure-stun-resolve-timeout = de naam { $server } kon niet op tijd worden opgezocht
# en: 12371950
exposure-stun-resolve-failed = de naam { $server } kon niet worden opgezocht: { $error }
# en: 0222b8f9
exposure-stun-no-ipv4 = de naam { $server } heeft geen IPv4-adres
# en: 43182f5f
exposure-stun-server-unusable = { $ip } kan geen STUN-server zijn
# en: 41a57a02
exposure-stun-no-answer = geen antwoord van { $server } ({ $tries } pogingen)
# en: f497047a
exposure-stun-undecodable = het antwoord is geen STUN ({ $error })
# en: 4512f0f4
exposure-stun-not-ours = het antwoord hoorde niet bij onze vraag
# en: ff511814
exposure-stun-refused = de server weigerde de vraag (fout { $code } { $reason })
# en: 5f6cddb0
exposure-stun-bad-fingerprint = de controlesom van het antwoord (FINGERPRINT) klopt niet: beschadigd of vervalst
# en: 12535776
exposure-stun-ipv6-only = de server noemde alleen een IPv6-adres ({ $ip }); deze controle gebruikt IPv4
# en: de9013b2
exposure-stun-no-address = het antwoord noemde geen adres
# en: 0022147f
exposure-stun-names-lan = de server noemde { $ip }, een adres aan deze kant van de router: zo ziet het internet de locatie niet, dus het wordt niet gebruikt
# en: 32f6e6d0
exposure-stun-rewritten = de twee adresvelden in het STUN-antwoord verschillen (iets onderweg herschrijft adressen in pakketten); het beveiligde veld wordt gebruikt
# en: ebb2fd98
exposure-stun-not-used = de STUN-server zegt dat deze locatie { $ip } is; dat is geen openbaar IP-adres (of het ligt aan deze kant van de router), dus het wordt niet als internetadres van de locatie gebruikt
# en: 6ef60695
exposure-stun-same = de STUN-server ziet deze locatie als { $ip }, het eigen adres van de router: geen andere NAT ervóór
# en: 65b25a05
exposure-stun-differs = de STUN-server ziet deze locatie als { $ip }, terwijl het eigen adres van de router { $router } is: er zit nog een NAT vóór (van de provider, of van een andere router)
# en: 6b9c8c1f
exposure-stun-only = de STUN-server ziet deze locatie als { $ip }; de router gaf zijn eigen adres niet door, dus dat adres wordt getest

## The probe's log lines and facts (installer voice)

# en: afad0876
exposure-cancelled = geannuleerd
# en: 63a04836
exposure-stopped = gestopt: geannuleerd door de gebruiker
# en: 361bf1f2
exposure-router-from-routes = de router is { $router }, de standaardgateway van { $interface }
# en: 87790e1b
exposure-router-from-routes-here = de router is { $router }, de standaardgateway van deze computer
# en: 571a2ff5
exposure-no-router = geen router gevonden (de interface heeft geen standaardgateway); routertests overgeslagen
# en: b915d419
exposure-bad-router = { $router } kan geen router zijn; routertests overgeslagen
# en: 996e4279
exposure-phase-ssdp-unicast = unicast M-SEARCH naar { $target }
# en: 987316fb
exposure-phase-ssdp-multicast = multicast M-SEARCH vanaf { $bind }
# en: 52c578a8
exposure-phase-pcp = ANNOUNCE naar { $target }
# en: 892dfdfa
exposure-phase-hairpin = { $probes } tests van { $addresses }
# en: 68c16ebd
exposure-external-disagree = UPnP zegt dat het externe adres { $upnp } is, NAT-PMP zegt { $nat_pmp }; { $upnp } wordt gebruikt, zonder NAT-loopback-tests (op de antwoorden van de router valt niet te vertrouwen voor zijn eigen adres)
# en: 51c5b3ca
exposure-typed-unusable = het ingevoerde adres ({ $ip }) kan geen internetadres van een router zijn; niet gebruikt
# en: 0cb4735c
exposure-typed-differs = de router zegt dat zijn externe adres { $router } is, het ingevoerde adres is { $typed }; dat van de router wordt gebruikt
# en: 2e68e21b
exposure-external-shared = het externe adres { $ip } van de router is gedeeld (carrier-grade NAT, 100.64.0.0/10): de NAT van de provider bepaalt hoe het internet de locatie ziet, en doorverwijzingen op deze router bereiken het internet vandaag niet
# en: 0f0e9d9c
exposure-external-private = het externe adres { $ip } van de router is geen openbaar IP-adres: er zit nog een andere router vóór, en die bepaalt hoe het internet de locatie ziet
# en: 0860ffb3
exposure-no-external-ip = de router gaf zijn externe adres niet door
# en: ed3fb095
exposure-hairpin-answered = { $protocol }-test van het externe adres { $target } werd beantwoord: { $answer }
# $hairpins: yes (the router loops back), no, or unknown.
# en: 6b4603e5
exposure-hairpin-silent = { $protocol }-test van het externe adres { $target }: geen antwoord ({ $hairpins ->
        [yes] de router doet NAT-loopback, dus een doorverwijzing is onwaarschijnlijk
        [no] geen uitsluitsel: een doorverwijzing uit de lijst antwoordde ook niet
       *[unknown] geen uitsluitsel: geen doorverwijzing in de lijst om mee te vergelijken
    })
# en: 697351a0
exposure-hairpin-other = { $protocol }-test van { $target }: { $outcome } ({ $detail })
# en: 9fac3aa5
exposure-hairpin-skipped = NAT-loopback-tests overgeslagen: extern adres onbekend
# en: 73f90531
exposure-hairpin-other-source = { $count } antwoorden op de { $protocol }-test van { $target } kwamen van een ander adres en zijn genegeerd
# en: e2f4cef8
exposure-hairpin-no-answer-within = geen antwoord binnen { $seconds } s
# en: 46d55430
exposure-hairpin-knx-gateway = KNX-gateway “{ $name }” (fysiek adres { $individual_address }, MAC { $mac })
# en: 95956ea5
exposure-hairpin-knx-other = KNXnet/IP { $service }
# en: a5538ebf
exposure-hairpin-knx-undecodable = niet te decoderen KNXnet/IP-antwoord ({ $error })
# en: 56d71d96
exposure-hairpin-bacnet-device = BACnet-apparaat { $instance }
# en: 3877ebdd
exposure-hairpin-bacnet-device-named = BACnet-apparaat { $instance } “{ $name }”
# en: cc04d3c1
exposure-hairpin-bacnet-unnamed = er antwoordde een BACnet-apparaat, maar het zei niet welk ({ $error })
# en: 92d4be73
exposure-hairpin-bacnet-no-identifier = een BACnet-antwoord zonder apparaat-ID
# en: 123cfd0e
exposure-known-knx-gateway = KNX-gateway “{ $name }”
# en: 38fb5306
exposure-known-bacnet-device = BACnet-apparaat { $instance }
# en: d8bacc3d
exposure-known-bbmd = een BACnet-broadcastrelay (BBMD)
# en: 0e0602ec
exposure-known-bacnet-router = een BACnet-router
# en: b144fd52
exposure-ssdp-others = { $count } zoekantwoorden kwamen van andere hosts dan de router ({ $sources }); genegeerd: alleen de eigen poorttoewijzingstabel van de router telt
# en: a51b667b
exposure-ssdp-malformed = onbruikbaar zoekantwoord: { $answer }
# en: ed5314c8
exposure-ssdp-no-interface = geen interfaceadres om de multicastzoekopdracht vanaf te verzenden; geef de interface op of gebruik unicast naar de router
# en: f1e2da21
exposure-ssdp-socket = kan de SSDP-socket op { $bind } niet openen: { $error }
# $location: yes or no.
# en: 74310708
exposure-ssdp-unusable-answer = antwoord van { $source } met status { $status } en { $location ->
        [yes] een
       *[no] geen
    } LOCATION
# en: ae14f196
exposure-ssdp-bad-answer = antwoord van { $source }: { $error }
# en: 0d55ad4d
exposure-igd-none = geen UPnP-antwoord van de router { $router } ({ $searches } zoekopdrachten verzonden); UPnP staat uit of wordt geblokkeerd
# en: 30f878cd
exposure-igd-location-elsewhere = het antwoord van de router (van { $source }) verwijst naar { $url }, en dat is niet de router; geen contact opgenomen
# en: 7bae78a4
exposure-igd-location-bad = de LOCATION van de router is onbruikbaar: { $error }
# en: 53c9a52a
exposure-igd-found = UPnP-gateway gevonden op { $url }
# en: 23b1ea28
exposure-igd-error = UPnP: { $error }
# $complete: yes or no.
# en: 245da898
exposure-igd-mappings = de router vermeldt { $count } { $count ->
        [one] poortdoorverwijzing
       *[other] poortdoorverwijzingen
    } (lijst { $complete ->
        [yes] volledig
       *[no] onvolledig
    })
# $enabled: yes or no.
# en: ffc7246b
exposure-igd-mapping = doorverwijzing { $protocol } { $port } → { $internal }{ $enabled ->
        [yes] {""}
       *[no] {" "}(uitgeschakeld)
    }
# en: 191eadf7
exposure-igd-mapping-known = doorverwijzing { $protocol } { $port } → { $internal } ({ $known }){ $enabled ->
        [yes] {""}
       *[no] {" "}(uitgeschakeld)
    }
# en: 6569f37d
exposure-igd-description-failed = apparaatbeschrijving: { $error }
# en: 4b3d307c
exposure-igd-no-wan-service = de apparaatbeschrijving vermeldt geen WAN-verbindingsdienst ({ $services } diensten)
# en: 0a85ba66
exposure-igd-control-elsewhere = besturings-URL { $url } ligt niet op de router { $router }; geen contact opgenomen
# en: 103fe818
exposure-igd-control-bad = besturings-URL: { $error }
# en: 99e89c0d
exposure-igd-external-zero = de router zegt dat hij geen extern adres heeft (0.0.0.0): hij is niet verbonden, of zijn WAN-adres is een privéadres
# en: bdd9fad2
exposure-igd-external-bad = het externe adres van de router (UPnP) is leeg of geen IPv4-adres
# en: 04ec5a95
exposure-igd-external-missing = de router gaf zijn externe adres niet door (UPnP)
# en: 10a970fb
exposure-igd-external-failed = GetExternalIPAddress mislukt: { $error }
# en: 4879e9b1
exposure-igd-list-cancelled = geannuleerd tijdens het opsommen van poorttoewijzingen
# en: f0df528b
exposure-igd-list-bad-entry = lijst met poorttoewijzingen: { $error }
# en: 93d49167
exposure-igd-list-end-quirk = de router beëindigde zijn lijst met poorttoewijzingen bij vermelding { $index } met UPnP-fout { $code } ({ $description }) in plaats van 713; opgevat als einde van de lijst, zoals sommige routers doen
# en: 26ca756e
exposure-igd-list-stopped = lijst met poorttoewijzingen gestopt bij vermelding { $index }: { $error }
# en: 0af8f588
exposure-igd-mapping-cap = de router vermeldt meer dan { $max } poorttoewijzingen; alleen de eerste { $max } zijn gelezen
# en: 2a04918e
exposure-socket-failed = kan geen socket openen op { $bind }: { $error }
# en: cb625c7e
exposure-nat-pmp-none = geen NAT-PMP-antwoord van { $target } (3 pogingen)
# en: aed87cf3
exposure-nat-pmp-on = NAT-PMP staat aan: extern adres { $ip }
# en: ca95cf89
exposure-nat-pmp-on-no-address = NAT-PMP staat aan: extern adres niet opgegeven
# en: ac079610
exposure-nat-pmp-result = NAT-PMP antwoordde { $result }
# en: 0f973cd6
exposure-pcp-none = geen PCP-antwoord van { $target } (3 pogingen)
# en: 95953357
exposure-pcp-undecodable = niet te decoderen PCP-antwoord: { $error }
# en: 2b61268c
exposure-pcp-nat-pmp-only = de router spreekt alleen NAT-PMP (antwoordde met versie 0, resultaat { $result })
# en: da4e0892
exposure-pcp-answered = PCP antwoordde: versie { $version }, { $result }
# en: d4d275d1
exposure-internetdb-skipped-unknown = opzoeken in InternetDB overgeslagen: extern adres onbekend
# en: 39aa8003
exposure-internetdb-skipped-private = opzoeken in InternetDB overgeslagen: { $ip } is geen openbaar IP-adres
# en: 8ed341a2
exposure-internetdb-failed = opzoeken mislukt: { $error }
# en: 8975a8b0
exposure-internetdb-note-failed = opzoeken van { $ip } in InternetDB mislukt: { $error }
# en: a094b9af
exposure-internetdb-note-listed = InternetDB vermeldt { $ip } met open poorten { $ports }
# en: 97d91f49
exposure-internetdb-note-unlisted = InternetDB heeft geen informatie over { $ip }
# en: 8610bed3
exposure-internetdb-not-json = antwoord van InternetDB is niet de verwachte JSON: { $error }
# en: b6ab2077
exposure-internetdb-http-status = InternetDB antwoordde HTTP { $status }
# en: 4e63238a
exposure-internetdb-unreadable = antwoord van InternetDB onleesbaar of groter dan { $kib } KiB: { $error }
# en: 6b8977b8
exposure-internetdb-not-reached = InternetDB niet bereikt: { $error }

## The check command's preamble (installer voice; aligned under "Router    ")

# en: 821dcc96
exposure-preamble-typed = Adres     het internetadres van de router zoals ingevoerd: { $ip } (van binnenuit getest als de router zijn eigen adres niet doorgeeft)
# $consent: exposure-stun-consent.
# en: e0e95b9e
exposure-preamble-stun = STUN      { $consent } (u hebt dit toegestaan met --stun)

## The desktop app (app/src/gui/widgets/exposure.rs): the exposure state with its proof on the
## Findings screen and the homeowner self-check.

# $state: one of the exposure-state-* messages.
# en: 378b7269
gui-exposure-state = Internet: { $state }
# $address: one of the exposure-address-* messages.
# en: 0ca19151
gui-exposure-address = Internetadres van uw router: { $address }
# $server: the STUN server as the user named it; $address: one of the exposure-address-* messages.
# en: aa5aaefe
gui-exposure-internet-view = De adresdienst { $server } ziet uw woning als { $address }
# en: 8960ed77
gui-exposure-proof = Hoe we dit weten
# en: ca5d72c1
gui-exposure-do = Wat u eraan kunt doen
