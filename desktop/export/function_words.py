"""Function words of German, Dutch and English that some people carry as a name.

"Ingrid ter Haar" is withheld, yet Dutch texts say "haar" (her) all the time; "Will"
is a name and "will" a verb. A name word alone, written all in lower case, is not
taken for the person if it is one of these words (recognise.py); written as a name
("Haar", "HAAR"), after a title or in a full name it always is.

The words are the Snowball stop-word lists of the three languages (articles,
pronouns, prepositions, conjunctions, auxiliary verbs; snowballstem.org, BSD
licence), kept to those of three letters or more: shorter words are never taken
for a name alone anyway.
"""

from __future__ import annotations

from typing import Final

from desktop.store.textfold import fold

_GERMAN: Final = """
aber alle allem allen aller alles als also ander andere anderem anderen anderer anderes
anderm andern anders auch auf aus bei bin bis bist damit dann der den des dem die das dass
daß derselbe derselben denselben desselben demselben dieselbe dieselben dasselbe dazu dein
deine deinem deinen deiner deines denn derer dessen dich dir dies diese diesem diesen dieser
dieses doch dort durch ein eine einem einen einer eines einig einige einigem einigen einiger
einiges einmal etwas euer eure eurem euren eurer eures für gegen gewesen hab habe haben hat
hatte hatten hier hin hinter ich mich mir ihr ihre ihrem ihren ihrer ihres euch ihn ihm
ihnen indem ins ist jede jedem jeden jeder jedes jene jenem jenen jener jenes jetzt kann kein
keine keinem keinen keiner keines können könnte machen man manche manchem manchen mancher
manches mein meine meinem meinen meiner meines mit muss musste nach nicht nichts noch nun nur
oder ohne sehr sein seine seinem seinen seiner seines selbst sich sie sind solche solchem
solchen solcher solches soll sollte sondern sonst über und uns unsere unserem unseren unser
unseres unter viel vom von vor während war waren warst was weg weil weiter welche welchem
welchen welcher welches wenn werde werden wie wieder will wir wird wirst wollen wollte würde
würden zum zur zwar zwischen
"""
_DUTCH: Final = """
van dat die een hij het niet zijn was aan met als voor had maar hem dan zou wat mijn men dit
door over zich bij ook tot mij uit der daar haar naar heb hoe heeft hebben deze want nog zal
zij geen omdat iets worden toch waren veel meer doen toen moet ben zonder kan hun dus alles
onder eens hier wie werd altijd doch wordt wezen kunnen ons zelf tegen reeds wil kon niets
iemand geweest andere
"""
_ENGLISH: Final = """
our ours ourselves you your yours yourself yourselves him his himself she her hers herself
its itself they them their theirs themselves what which who whom this that these those are
was were been being have has had having does did doing the and but because until while for
with about against between into through during before after above below from down out off
over under again further then once here there when where why how all any both each few more
most other some such nor not only own same than too very can will just don should now
"""

# Month names and their abbreviations (QLocale's, in dates and chart axes): next to
# a number ("10 jan 2010", "Jan 2010", "August 2009") they are dates, not "Jan",
# "August" or "Mai" — in any case.
_MONTHS: Final = """
jan januar januari january feb februar februari february mär märz mrt maart mar march apr
april mai mei may jun juni june jul juli july aug august augustus sep sept september okt
oktober oct october nov november dez dezember dec december
"""
MONTHS: Final = frozenset(fold(word) for word in _MONTHS.split())

FUNCTION_WORDS: Final = frozenset(
    fold(word) for text in (_GERMAN, _DUTCH, _ENGLISH) for word in text.split() if len(word) >= 3
)
