"""Dates and time zones in the forms news pages print them.

Like Hugo's front-matter dates, a date printed without a zone is read in a
configured location: the source profile's zone, else the site's default zone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from site_gen.parse import bengali, jalali

# English, then the Spanish, French, Portuguese, German and Indonesian names that differ
# from it: the same sites print English and other editions ("maj", "augusti": Swedish).
_MONTH_NAMES = (
    ("january", "jan", "enero", "janvier", "janeiro", "januar", "januari"),
    ("february", "feb", "febrero", "février", "fevereiro", "februar", "februari"),
    ("march", "mar", "marzo", "mars", "março", "märz", "maret"),
    ("april", "apr", "abril", "avril"),
    ("may", "mayo", "mai", "maio", "mei", "maj"),
    ("june", "jun", "junio", "juin", "junho", "juni"),
    ("july", "jul", "julio", "juillet", "julho", "juli"),
    ("august", "aug", "agosto", "août", "agustus", "augusti"),
    ("september", "sep", "sept", "septiembre", "setiembre", "septembre", "setembro"),
    ("october", "oct", "octubre", "octobre", "outubro", "oktober"),
    ("november", "nov", "noviembre", "novembre", "novembro"),
    ("december", "dec", "diciembre", "décembre", "dezembro", "dezember", "desember"),
)
# Polish in the genitive, as a date prints it ("5 marca 2026"), Turkish (also as copied
# without its dotless i and cedillas), Italian and Dutch: more editions of the same kind;
# then Czech in the genitive ("10. listopadu 2025"), Romanian and Danish ("3. marts 2024");
# last the short forms of Dutch ("14 mrt. 2024"), Spanish, Portuguese and Italian ("3 dic"),
# Indonesian ("1 Des 2026", "17 Agu 2025") and Malay ("3 Mac 2026", "9 Ogos", "1 Dis").
_MORE_MONTH_NAMES = (
    ("stycznia", "ocak", "gennaio", "ledna", "ianuarie", "ene", "gen"),
    ("lutego", "şubat", "subat", "febbraio", "února", "februarie", "fev"),
    ("marca", "mart", "maart", "března", "martie", "marts", "mrt", "mac"),
    ("kwietnia", "nisan", "aprile", "dubna", "aprilie", "abr"),
    ("maja", "mayıs", "mayis", "maggio", "května"),
    ("czerwca", "haziran", "giugno", "června", "iunie"),
    ("lipca", "temmuz", "luglio", "července", "iulie"),
    ("sierpnia", "ağustos", "agustos", "augustus", "srpna", "ago", "agu", "agt", "ags", "ogos"),
    ("września", "eylül", "eylul", "settembre", "září", "septembrie"),
    ("października", "ekim", "ottobre", "října", "octombrie", "okt", "ott"),
    ("listopada", "kasım", "kasim", "listopadu", "noiembrie"),
    (
        "grudnia",
        "aralık",
        "aralik",
        "dicembre",
        "prosince",
        "decembrie",
        "dic",
        "dez",
        "des",
        "dis",
    ),
)
# The Gregorian months as Arabic (Egyptian and Gulf, then Levantine), Persian, Swahili and
# Urdu pages print them: "الأحد 12 مايو 2024", "۲ اوت ۲۰۲۴", "Jumanne, Machi 5, 2024",
# "3 اکتوبر 2018".
_SCRIPT_MONTH_NAMES = (
    ("يناير", "كانون الثاني", "ژانویه", "جنوری"),
    ("فبراير", "شباط", "فوریه", "فروری"),
    ("مارس", "آذار", "machi", "مارچ"),
    ("أبريل", "ابريل", "إبريل", "نيسان", "آوریل", "aprili", "اپریل"),
    ("مايو", "أيار", "مه", "مئی"),
    ("يونيو", "يونيه", "حزيران", "ژوئن", "جون"),
    ("يوليو", "يوليه", "تموز", "ژوئیه", "julai", "جولائی"),
    ("أغسطس", "اغسطس", "آب", "اوت", "آگوست", "agosti", "اگست"),
    ("سبتمبر", "أيلول", "سپتامبر", "septemba", "ستمبر"),
    ("أكتوبر", "اكتوبر", "تشرين الأول", "اکتبر", "oktoba", "اکتوبر"),
    ("نوفمبر", "تشرين الثاني", "نوامبر", "novemba", "نومبر"),
    ("ديسمبر", "كانون الأول", "دسامبر", "desemba", "دسمبر"),
)
# Thai, in full and shortened ("14 สิงหาคม 2561", "3 มี.ค. 2568"): Thai pages count years
# in the Buddhist era, 543 ahead of the common one (see _assemble).
_THAI_MONTH_NAMES = (
    ("มกราคม", "ม.ค"),
    ("กุมภาพันธ์", "ก.พ"),
    ("มีนาคม", "มี.ค"),
    ("เมษายน", "เม.ย"),
    ("พฤษภาคม", "พ.ค"),
    ("มิถุนายน", "มิ.ย"),
    ("กรกฎาคม", "ก.ค"),
    ("สิงหาคม", "ส.ค"),
    ("กันยายน", "ก.ย"),
    ("ตุลาคม", "ต.ค"),
    ("พฤศจิกายน", "พ.ย"),
    ("ธันวาคม", "ธ.ค"),
)
# The English months as India's regional papers spell them in their own scripts, with the
# short forms their date lines print ("ஜன 18, 2026", "2 ಏಪ್ರಿಲ್ 2023", "15 ऑगस्ट 2024"):
# Tamil, Kannada, Malayalam, Telugu, Devanagari (Hindi and Marathi), Gujarati, Gurmukhi, Odia.
_INDIC_MONTH_NAMES = (
    "ஜனவரி ஜன ಜನವರಿ ജനുവരി జనవరి जनवरी जानेवारी જાન્યુઆરી ਜਨਵਰੀ ଜାନୁଆରୀ",
    "பிப்ரவரி பிப் ಫೆಬ್ರವರಿ ഫെബ്രുവരി ఫిబ్రవరి फरवरी फ़रवरी फेब्रुवारी ફેબ્રુઆરી ਫ਼ਰਵਰੀ ਫਰਵਰੀ ଫେବୃଆରୀ",
    "மார்ச் மார் ಮಾರ್ಚ್ മാർച്ച് మార్చి मार्च માર્ચ ਮਾਰਚ ମାର୍ଚ୍ଚ",
    "ஏப்ரல் ஏப் ಏಪ್ರಿಲ್ ഏപ്രിൽ ఏప్రిల్ अप्रैल अप्रेल एप्रिल એપ્રિલ ਅਪ੍ਰੈਲ ଅପ୍ରେଲ",
    "மே ಮೇ മേയ് మే मई मे મે ਮਈ ମଇ",
    "ஜூன் ಜೂನ್ ജൂൺ జూన్ जून જૂન ਜੂਨ ଜୁନ",
    "ஜூலை ಜುಲೈ ജൂലൈ జూలై जुलाई जुलै જુલાઈ ਜੁਲਾਈ ଜୁଲାଇ",
    "ஆகஸ்ட் ஆக ಆಗಸ್ಟ್ ഓഗസ്റ്റ് ആഗസ്റ്റ് ఆగస్టు अगस्त ऑगस्ट ઓગસ્ટ ਅਗਸਤ ଅଗଷ୍ଟ",
    "செப்டம்பர் செப் ಸೆಪ್ಟೆಂಬರ್ സെപ്റ്റംബർ సెప్టెంబర్ सितंबर सितम्बर सप्टेंबर સપ્ટેમ્બર ਸਤੰਬਰ ସେପ୍ଟେମ୍ବର",
    "அக்டோபர் அக் ಅಕ್ಟೋಬರ್ ഒക്ടോബർ అక్టోబర్ अक्टूबर अक्तूबर ऑक्टोबर ઓક્ટોબર ਅਕਤੂਬਰ ଅକ୍ଟୋବର",
    "நவம்பர் நவ ನವೆಂಬರ್ നവംബർ నవంబర్ नवंबर नवम्बर नोव्हेंबर નવેમ્બર ਨਵੰਬਰ ନଭେମ୍ବର",
    "டிசம்பர் டிச ಡಿಸೆಂಬರ್ ഡിസംബർ డిసెంబర్ दिसंबर दिसम्बर डिसेंबर ડિસેમ્બર ਦਸੰਬਰ ଡିସେମ୍ବର",
)
# Cyrillic (Russian, Ukrainian, Bulgarian, Serbian), Greek, Hebrew (also with the "in" prefix
# a date takes: "22 ביוני 2025"), Georgian and Armenian: the genitive a date prints
# ("12 апреля 2024", "14 Μαρτίου 2025", "8 փետրվարի 2025") and the plain name; Greek
# also without its accents, as capitals print it (see _unaccented).
_EUROPEAN_SCRIPT_MONTH_NAMES = (
    "января январь янв січня січень януари јануар ιανουαρίου ιανουάριος ιαν "
    "ינואר בינואר იანვარი հունվարի հունվար",
    "февраля февраль фев лютого лютий февруари фебруар φεβρουαρίου φεβρουάριος φεβ "
    "פברואר בפברואר თებერვალი փետրվարի փետրվար",
    "марта март березня березень μαρτίου μάρτιος μαρ מרץ במרץ მარტი մարտի մարտ",
    "апреля апрель апр квітня квітень април απριλίου απρίλιος απρ אפריל באפריל აპრილი ապրիլի ապրիլ",
    "мая май травня травень мај μαΐου μαϊου μάιος μαΐ מאי במאי მაისი մայիսի մայիս",
    "июня июнь червня червень юни јун ιουνίου ιούνιος ιουν יוני ביוני ივნისი հունիսի հունիս",
    "июля июль липня липень юли јул ιουλίου ιούλιος ιουλ יולי ביולי ივლისი հուլիսի հուլիս",
    "августа август авг серпня серпень αυγούστου αύγουστος αυγ אוגוסט באוגוסט აგვისტო "
    "օգոստոսի օգոստոս",
    "сентября сентябрь сент сен вересня вересень септември септембар σεπτεμβρίου "
    "σεπτέμβριος σεπ ספטמבר בספטמבר სექტემბერი սեպտեմբերի սեպտեմբեր",
    "октября октябрь окт жовтня жовтень октомври октобар οκτωβρίου οκτώβριος οκτ "
    "אוקטובר באוקטובר ოქტომბერი հոկտեմբերի հոկտեմբեր",
    "ноября ноябрь ноя листопада листопад ноември новембар νοεμβρίου νοέμβριος νοε "
    "נובמבר בנובמבר ნოემბერი նոյեմբերի նոյեմբեր",
    "декабря декабрь дек грудня грудень декември децембар δεκεμβρίου δεκέμβριος δεκ "
    "דצמבר בדצמבר დეკემბერი դեկտեմբերի դեկտեմբեր",
)
# Kazakh (its own Cyrillic names) and the English months as Sinhala spells them
_MORE_SCRIPT_MONTHS = (
    "қаңтар ජනවාරි",
    "ақпан පෙබරවාරි",
    "наурыз මාර්තු",
    "сәуір අප්\u200dරේල් අප්රේල් අප්‍රියෙල්",
    "мамыр මැයි",
    "маусым ජූනි",
    "шілде ජූලි",
    "тамыз අගෝස්තු",
    "қыркүйек සැප්තැම්බර්",
    "қазан ඔක්තෝබර්",
    "қараша නොවැම්බර්",
    "желтоқсан දෙසැම්බර්",
)

# The Balkans, the Baltics and the Turkic Latin alphabets: Croatian ("2. ožujka 2012", its
# October "listopada" left to Polish, where it is November), Serbian and Bosnian in Latin
# and Cyrillic, in the genitive and short ("13. новембра 2022", "13. нов 2022"), Slovene,
# Macedonian, Albanian, Lithuanian and Latvian, Estonian, Azerbaijani and Uzbek Latin.
_BALKAN_BALTIC_MONTHS = (
    "siječnja siječanj januara јануара јан јануари janar sausio janvārī janvāris jaanuar yanvar",
    "veljače veljača februara фебруара феб shkurt vasario februārī februāris veebruar fevral",
    "ožujka ožujak marta marec mars kovo martā märts",
    "travnja travanj aprila априла prill balandžio aprīlī aprīlis aprill aprel",
    "svibnja svibanj маја gegužės maijā maijs",
    "lipnja lipanj juna јуна junij јуни qershor birželio jūnijā jūnijs juuni iyun",
    "srpnja srpanj jula јула julij јули korrik liepos jūlijā jūlijs juuli iyul",
    "kolovoza kolovoz avgust avgusta gusht rugpjūčio augustā augusts avqust",
    "rujna rujan septembar septembra септембра сеп shtator rugsėjo septembrī septembris sentyabr",
    "oktobar oktobra октобра tetor spalio oktobrī oktobris oktoober oktyabr",
    "studenoga studenog studeni novembar novembra новембра нов nëntor lapkričio novembrī "
    "novembris noyabr",
    "prosinca prosinac decembar decembra децембра дец dhjetor gruodžio decembrī decembris "
    "detsember dekabr",
)


def _unaccented(name: str) -> str:
    """A Greek month as capitals print it, without its tonos or dialytika ("ΜΑΪΟΥ")."""
    return unicodedata.normalize(
        "NFC",
        "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)),
    )


MONTHS = {
    name: number
    for number, names in enumerate(
        zip(
            _MONTH_NAMES,
            _MORE_MONTH_NAMES,
            _SCRIPT_MONTH_NAMES,
            _THAI_MONTH_NAMES,
            _INDIC_MONTH_NAMES,
            _EUROPEAN_SCRIPT_MONTH_NAMES,
            _MORE_SCRIPT_MONTHS,
            _BALKAN_BALTIC_MONTHS,
            strict=True,
        ),
        start=1,
    )
    for name in (
        *names[0],
        *names[1],
        *names[2],
        *names[3],
        *names[4].split(),
        *names[5].split(),
        *(_unaccented(n) for n in names[5].split()),
        *names[6].split(),
        *names[7].split(),
    )
}
# A year of the Buddhist era: a news page's year past this is one (2568 BE is 2025 CE).
_BUDDHIST_ERA_FROM = 2400
_BUDDHIST_ERA_OFFSET = 543
# "พ.ศ." (Buddhist era) before the year: "14 สิงหาคม พ.ศ. 2561"
_THAI_ERA = re.compile(r"พ\.ศ\.\s*")

# Abbreviations whose meaning does not depend on the site. BST and IST are
# ambiguous (Bangladesh/British, India/Irish); profiles override them.
FIXED_ZONES: dict[str, str] = {
    "UTC": "UTC",
    "GMT": "UTC",
    "Z": "UTC",
    "ET": "America/New_York",
    "EST": "America/New_York",
    "EDT": "America/New_York",
    "CT": "America/Chicago",
    "CST": "America/Chicago",
    "CDT": "America/Chicago",
    "PT": "America/Los_Angeles",
    "PST": "America/Los_Angeles",
    "PDT": "America/Los_Angeles",
    "IST": "Asia/Kolkata",
    "PKT": "Asia/Karachi",
    "BST": "Asia/Dhaka",
    "NPT": "Asia/Kathmandu",
    "SLST": "Asia/Colombo",
    "AST": "Asia/Riyadh",
    "GST": "Asia/Dubai",
    "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong",
    "JST": "Asia/Tokyo",
    "KST": "Asia/Seoul",
    "AEST": "Australia/Sydney",
    "AEDT": "Australia/Sydney",
    "CET": "Europe/Paris",
    "CEST": "Europe/Paris",
    "WIB": "Asia/Jakarta",
    # and the abbreviations other regions' pages print (each names one offset)
    "MSK": "Europe/Moscow",
    "EET": "Europe/Athens",
    "EEST": "Europe/Athens",
    "WET": "Europe/Lisbon",
    "WEST": "Europe/Lisbon",
    "TRT": "Europe/Istanbul",
    "IDT": "Asia/Jerusalem",
    "IRST": "Asia/Tehran",
    "EAT": "Africa/Nairobi",
    "WAT": "Africa/Lagos",
    "CAT": "Africa/Maputo",
    "SAST": "Africa/Johannesburg",
    "PHT": "Asia/Manila",
    "ICT": "Asia/Bangkok",
    "MYT": "Asia/Kuala_Lumpur",
    "WITA": "Asia/Makassar",
    "ACST": "Australia/Adelaide",
    "ACDT": "Australia/Adelaide",
    "AWST": "Australia/Perth",
    "NZST": "Pacific/Auckland",
    "NZDT": "Pacific/Auckland",
    "HST": "Pacific/Honolulu",
    "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage",
    "MT": "America/Denver",
    "MST": "America/Denver",
    "MDT": "America/Denver",
    "ADT": "America/Halifax",
    "NST": "America/St_Johns",
    "NDT": "America/St_Johns",
    "BRT": "America/Sao_Paulo",
    "ART": "America/Argentina/Buenos_Aires",
    "CLT": "America/Santiago",
    "CLST": "America/Santiago",
    "COT": "America/Bogota",
    "PET": "America/Lima",
    "МСК": "Europe/Moscow",
}
# Zones spelled out, as wire services' releases print them ("05:04 PM Eastern Standard
# Time"): read as their abbreviation (British Summer Time as its offset: "BST" here is
# Bangladesh's).
_SPELLED_ZONES: dict[str, str] = {
    "Eastern Standard Time": "EST",
    "Eastern Daylight Time": "EDT",
    "Eastern Time": "ET",
    "Central Standard Time": "CST",
    "Central Daylight Time": "CDT",
    "Central Time": "CT",
    "Mountain Standard Time": "MST",
    "Mountain Daylight Time": "MDT",
    "Mountain Time": "MT",
    "Pacific Standard Time": "PST",
    "Pacific Daylight Time": "PDT",
    "Pacific Time": "PT",
    "Greenwich Mean Time": "GMT",
    "Coordinated Universal Time": "UTC",
    "British Summer Time": "GMT+1",
    "Central European Summer Time": "CEST",
    "Central European Time": "CET",
    "Eastern European Summer Time": "EEST",
    "Eastern European Time": "EET",
    "Western European Time": "WET",
    "Moscow Standard Time": "MSK",
    "Moscow Time": "MSK",
    "India Standard Time": "IST",
    "Pakistan Standard Time": "PKT",
    "Bangladesh Standard Time": "BST",
    "Bangladesh Time": "BST",
    "Nepal Time": "NPT",
    "Gulf Standard Time": "GST",
    "Singapore Standard Time": "SGT",
    "Singapore Time": "SGT",
    "Hong Kong Time": "HKT",
    "Japan Standard Time": "JST",
    "Korea Standard Time": "KST",
    "Australian Eastern Standard Time": "AEST",
    "Australian Eastern Daylight Time": "AEDT",
    "East Africa Time": "EAT",
    "West Africa Time": "WAT",
    "Central Africa Time": "CAT",
    "South Africa Standard Time": "SAST",
}
_SPELLED_ZONE = re.compile(
    r"\b(?:" + "|".join(sorted(_SPELLED_ZONES, key=len, reverse=True)) + r")\b"
)


def abbreviate_zones(line: str) -> str:
    """ "05:04 PM Eastern Standard Time" -> "05:04 PM EST"."""
    if " Time" not in line:
        return line
    return _SPELLED_ZONE.sub(lambda found: _SPELLED_ZONES[found[0]], line)


# Where the abbreviation names a fixed offset (not "whatever the zone says today").
FIXED_OFFSETS: dict[str, int] = {
    "EST": -5 * 60,
    "EDT": -4 * 60,
    "CST": -6 * 60,
    "CDT": -5 * 60,
    "PST": -8 * 60,
    "PDT": -7 * 60,
    "AEST": 10 * 60,
    "AEDT": 11 * 60,
    "CET": 60,
    "CEST": 120,
    "EET": 120,
    "EEST": 180,
    "WET": 0,
    "WEST": 60,
    "IDT": 180,
    "ACST": 570,
    "ACDT": 630,
    "NZST": 720,
    "NZDT": 780,
    "AKST": -540,
    "AKDT": -480,
    "MST": -420,
    "MDT": -360,
    "ADT": -180,
    "NST": -210,
    "NDT": -150,
    "CLT": -240,
    "CLST": -180,
}

_MONTH_ALTERNATIVES = "|".join(re.escape(m) for m in sorted(MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>{_MONTH_ALTERNATIVES})\.?"
# "1st", the French "1er" (premier) and the Spanish and Portuguese "1º" of the month
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|º|°)?"
_YEAR = r"(?P<year>\d{4})"
# "15 Sep 2005", also joined by hyphens as many archives print it: "15-Sep-2005"
# and "10 de febrero de 2026", "10. Februar 2026" in other editions; "5th of March 2024"
# (the hyphenated form also run into the writer's name before it, as a scorecard site's
# credit line prints it: "The Report by Jo Roe11-Jul-2015")
_DAY_MONTH_YEAR = re.compile(
    rf"(?:\b|(?<=[a-z])(?=\d{{1,2}}-)){_DAY}\.?(?:\s+(?:de\s+|of\s+)?|-){_MONTH},?"
    rf"(?:\s+(?:de\s+)?|-){_YEAR}\b",
    re.IGNORECASE,
)
# also glued after digits, as copies of two date widgets run together: "02/09/2026February 9, 2026",
# and with a stop for the comma, as some Asian papers print it: "Mar 19. 2019"
_MONTH_DAY_YEAR = re.compile(rf"(?:\b|(?<=\d)){_MONTH}\s+{_DAY}[,.]?\s+{_YEAR}\b", re.IGNORECASE)
# A server clock's stamp, its time (and zone) between the day and the year, as Unix
# `date` and many TV stations' CMSs print it: "Fri Sep 07 16:36:52 PDT 2018"
_CLOCK_BEFORE_YEAR = re.compile(
    rf"\b{_MONTH}\s+{_DAY}\s+(?P<clock>\d{{1,2}}:\d{{2}}(?::\d{{2}})?)\s+"
    rf"(?:(?P<zone>[A-Za-z]{{2,5}})\s+)?{_YEAR}\b",
    re.IGNORECASE,
)
_ISO = re.compile(
    # "2018.03.30" in East Asia; Arabic pages drop the month's and day's leading nought
    # ("آخر تحديث: 2019/4/7")
    r"\b(?P<year>\d{4})[-./](?P<month>\d{1,2})[-./](?P<day>\d{1,2})"
    # Korean pages close the day with a stop before the clock: "2026.12.03. 09:30", and
    # East Asian pages may print a 12-hour clock after its half of the day: "2021.03.05.
    # 오후 3:35" (p.m.), "下午 3:35", "午後3:35"
    # a blog's day and clock parted by a spaced dash: "2026-01-25 - 21:10"
    r"(?:(?:T|\.? | [-–] )(?:(?P<meridiem>오전|오후|上午|下午|午前|午後) ?(?=\d{1,2}:))?"
    r"(?P<hour>\d{2}|(?<=[전후午前後] )\d|(?<=[전후午前後])\d)"
    r":(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.\d+)?)?"
    r"\s*(?P<offset>Z|[+-]\d{2}:?\d{2})?)?"
)
# The day's numbers parted by spaces, alone on a line under the headline, as some Swedish
# sites print it: "2023 08 19" (a line of its own: in prose such digits are no date)
_SPACED_DAY = re.compile(
    r"^(?P<year>(?:19|20)\d{2}) (?P<month>0[1-9]|1[0-2]) (?P<day>0[1-9]|[12]\d|3[01])"
    r"(?P<rest>(?: \d{1,2}[:.]\d{2})?)$"
)
_NUMERIC = re.compile(r"(?:\b|(?<=[a-z]))(?P<a>\d{1,2})[/.-](?P<b>\d{1,2})[/.-](?P<year>\d{4})\b")
# "18:42", "6.05 pm", and "18h42" as French, Portuguese and Spanish pages print the clock
# ("à 18h42", "às 10h30"); but "09.05" opening a dotted date ("Update : 09.05.2023") is
# no clock
_TIME = re.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})(?:[:.]|h(?=\d{2}))(?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?"
    # Arabic pages' halves of the day: "04:05 م" (evening), "ص" (morning), or in full
    r"\s*(?P<ampm>[ap]\.?\s?m\.?|[πμ]\.\s?μ\.|(?:مساء|صباح)[اً]{0,2}|[مص](?![\u0620-\u064a]))?(?!\d|\.\d)",
    re.IGNORECASE,
)
_GREEK_HALVES = {"πμ": "am", "μμ": "pm", "م": "pm", "ص": "am"}
# "6 a.m. CT", "11pm": a whole hour, known as a time by its a.m. or p.m.
_HOUR_ONLY = re.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})\s?(?P<ampm>[ap]\.m\.|[ap]m\b)", re.IGNORECASE
)
_ZONE = re.compile(
    r"^[\s,(]*(?P<zone>(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[A-Z]{1,4}T|MSK|МСК|WIB|WITA|UTC|GMT|Z)"
    r"\b\)?"
)
# A broadcaster's stamp prints its zone between the day and the clock: "2020-08-15 HKT
# 13:15" (a zone's letters ending in T, as the other forms read them)
_ZONE_BEFORE_CLOCK = re.compile(
    r"\b(?P<day>\d{4}[-./]\d{1,2}[-./]\d{1,2})\s+(?P<zone>[A-Z]{1,4}T)\s+(?P<clock>\d{1,2}:\d{2})\b"
)
# A date in the solar or lunar Hijri calendar, printed in figures beside the Gregorian one
# ("۱۴۰۳/۰۵/۱۲ - 2 August 2024", "1445-08-27"): its year is before 1800, so it is not read.
_OTHER_CALENDAR = re.compile(
    r"\b1[0-7]\d\d[-./]\d{1,2}[-./]\d{1,2}\b|\b\d{1,2}[-./]\d{1,2}[-./]1[0-7]\d\d\b"
)
# Arabic-Indic and Persian digits read as ASCII ones, so a year is compared as a number.
_EASTERN_DIGITS = str.maketrans(
    {
        **{chr(0x0660 + n): str(n) for n in range(10)},
        **{chr(0x06F0 + n): str(n) for n in range(10)},
        **{chr(0xFF10 + n): str(n) for n in range(10)},  # full-width, as CJK pages print them
    }
)
# Chinese and Japanese "2026年12月1日 16時05分", Korean "2026년 12월 1일": the day as ISO
# prints it, the clock too (bounded repeats, on short lines only).
_CJK_DAY = re.compile(r"(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]\s?")
_CJK_CLOCK = re.compile(r"(\d{1,2})\s?[時时시]\s?(\d{1,2})\s?[分분]")
_CJK_WEEKDAY = re.compile(r"\s?[（(][月火水木金土日월화수목금토일][）)]\s?")


def _cjk_as_iso(line: str) -> str:
    if not any(mark in line for mark in "年년"):
        return line
    line = _CJK_DAY.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d} ", line)
    line = _CJK_WEEKDAY.sub(" ", line)  # "2026年12月1日（火）16時05分": Tuesday
    return _CJK_CLOCK.sub(lambda m: f"{int(m[1]):02d}:{int(m[2]):02d}", line).rstrip()


# Every form above prints a four-digit year: a line without one holds no date.
_YEAR_DIGITS = re.compile(r"\d{4}")
# "29.12.17": a day, a month and a year of two figures each, dotted
_SHORT_YEAR = re.compile(r"(?<![\d.])(?P<day>\d{2})\.(?P<month>\d{2})\.(?P<year>\d{2})(?![\d.])")
# "3rd Nov '26", "Nov 3, '26": the year's last two figures after an apostrophe, as blogs
# and magazines print it (the apostrophe leaves no other reading)
_APOSTROPHE_YEAR = r"['\u2019\u2018](?P<year>\d{2})(?!\d)"
_DAY_MONTH_SHORT_YEAR = re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_APOSTROPHE_YEAR}", re.IGNORECASE)
_MONTH_DAY_SHORT_YEAR = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_APOSTROPHE_YEAR}", re.IGNORECASE)
# "02-Sep-15", as archives print a day with hyphens and a year of two figures
_HYPHENED_SHORT_YEAR = re.compile(rf"\b{_DAY}-{_MONTH}-(?P<year>\d{{2}})(?![\w-])", re.IGNORECASE)
# "03/11/26", "3/11/26": slashed, a year of two figures
_FIRST_SHORT_YEAR_OF_1900S = 70
_SLASHED_SHORT_YEAR = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{2})(?![\d/.])"
)
RELATIVE = re.compile(
    # "2 months agoon": a theme's "ago on" run into one word, its date lost after it
    r"\b(?:\d+|an?|one|few)\s+(?:sec|second|min|minute|hour|hr|day|week|month|year)s?\.?\s+ago(?:on)?\b"
    r"|^(?:just now|yesterday|today)\b"
    # the same in the other languages dated here (any script's digits): Bangla "২ ঘণ্টা
    # আগে", Hindi "2 घंटे पहले", Spanish "hace 2 horas", Portuguese "há 2 horas", French
    # "il y a 2 heures", German "vor 2 Stunden", Indonesian and Malay "2 jam (yang) lalu"
    r"|\d+\s*(?:সেকেন্ড|মিনিট|ঘণ্টা|ঘন্টা|দিন|সপ্তাহ|মাস|বছর)\s+আগে"
    r"|\d+\s*(?:सेकंड|मिनट|घंटे|घंटा|दिन|सप्ताह|महीने|साल)\s+पहले"
    r"|\b(?:hace|há)\s+\d+\s+(?:segundos?|minutos?|horas?|d[ií]as?|semanas?|mes(?:es)?|meses|años?|anos?)\b"
    r"|\bil y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)\b"
    r"|\bvor\s+\d+\s+(?:Sekunden|Minuten|Minute|Stunden|Stunde|Tagen|Tag|Wochen|Monaten|Jahren)\b"
    r"|\b\d+\s+(?:detik|menit|minit|jam|hari|minggu|bulan|tahun)\s+(?:yang\s+)?lalu\b",
    re.IGNORECASE,
)
# Weekdays in the other languages whose months are read, with the article a date may
# take ("le vendredi 14 juillet 2017", "el lunes 3 de mayo", "am Montag").
_OTHER_WEEKDAYS = (
    r"(?:(?:le|el|am)\s+)?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes"
    r"|miércoles|jueves|viernes|sábado|domingo|montag|dienstag|mittwoch|donnerstag|freitag"
    r"|samstag|sonntag|senin|selasa|rabu|kamis|jumat|sabtu|minggu)"
)
_DATE_WORDS = re.compile(
    r"\b(?:published|updated|last\s+modified|modified|posted|first\s+published|on|at|by|"
    r"mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    rf"am|pm|a\.m|p\.m|gmt|utc|time|local|date|{_OTHER_WEEKDAYS})\b",
    re.IGNORECASE,
)

# The words an Arabic dateline holds besides its figures: its labels (last update, published
# in), the hour, the zone its clock keeps (Mecca, Greenwich), "corresponding to" before the
# Hijri day, and the weekdays: "آخر تحديث: 2019/4/7 الساعة 14:20 (مكة المكرمة) الموافق
# 1440/8/2 هـ"
_ARABIC_DATE_WORDS = re.compile(
    r"\b(?:آخر|تحديث|تاريخ|النشر|نشر|في|الساعة|بتوقيت|مكة|المكرمة|غرينتش|الموافق"
    r"|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت)\b"
)


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date read from one line, already made aware."""

    value: datetime
    precision: str  # "minute" or "day"
    zone_name: str  # IANA name or a fixed offset like "+06:00"
    is_zone_assumed: bool
    rule: str


# An American clock's zone: "EST", "CDT", "PT", "AKST" (after the time, or on their own).
_US_CLOCK = re.compile(r"\b(?:E|C|M|P|AK|H)[SD]?T\b")
# A site (or a whole archive) set to a United States zone prints its numeric dates month
# first too ("Posted: 12/01/2026 04:05 PM" on a town's paper): Latin America's zones,
# also "America/…", print the day first and are not among them.
_US_HOME_ZONES = frozenset(
    "America/New_York America/Chicago America/Denver America/Phoenix America/Los_Angeles "
    "America/Anchorage America/Detroit America/Boise America/Indiana/Indianapolis "
    "America/Kentucky/Louisville Pacific/Honolulu US/Eastern US/Central US/Mountain "
    "US/Pacific".split()
)


# An English weekday's name or its short form, beside a numeric date: Monday is 0.
_WEEKDAY_NAME = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|r|rs)?\.?(?![a-z])",
    re.IGNORECASE,
)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _weekday_named(text: str) -> int | None:
    found = _WEEKDAY_NAME.search(text) if len(text) <= 120 else None
    return _WEEKDAYS.index(found.group(1).lower()) if found else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return datetime(year, month, day).weekday()
    except ValueError:
        return None


class ImpossibleDate(ValueError):
    """A line looks like a date but names a day that does not exist."""


def find_date(line: str, home_zone: str | None, zones: dict[str, str]) -> FoundDate | None:
    """The date printed in `line`, or None. Raises ImpossibleDate for "31 February"."""
    if len(line) > 200:  # dates sit on short lines; long ones are prose
        return None
    line = _OTHER_CALENDAR.sub(" ", bengali.normalise(line).translate(_EASTERN_DIGITS))
    line = jalali.as_iso(line)  # an Iranian page's "۲۶ مرداد ۱۳۸۳": its solar calendar
    line = abbreviate_zones(line)
    line = _cjk_as_iso(_THAI_ERA.sub("", line))
    if not _YEAR_DIGITS.search(line):
        return _from_short_year(line, home_zone, zones)
    if bengali.has_script(line):
        found = _from_bengali(line, home_zone, zones)
        if found is not None:
            return found
    if "T " in line and ":" in line:
        # "2020-08-15 HKT 13:15": the zone between the day and its clock goes after the clock
        line = _ZONE_BEFORE_CLOCK.sub(r"\g<day> \g<clock> \g<zone>", line, count=1)
    iso = _ISO.search(line)
    if iso:
        return _from_iso(iso, home_zone, zones, line[iso.end() :])
    spaced = _SPACED_DAY.match(line.strip())
    if spaced:
        year, day = int(spaced["year"]), int(spaced["day"])
        return _assemble(year, int(spaced["month"]), day, spaced["rest"], home_zone, zones)
    match = (
        _DAY_MONTH_YEAR.search(line)
        or _MONTH_DAY_YEAR.search(line)
        or _CLOCK_BEFORE_YEAR.search(line)
    )
    # IGNORECASE lets "ſeptember" or "aprıl" match a month pattern; not a month here.
    month = MONTHS.get(match["month"].lower().rstrip(".")) if match else None
    if match and month is not None:
        rest = line[: match.start()] + " " + line[match.end() :]
        if match.re is _CLOCK_BEFORE_YEAR:  # the stamp's clock and zone read as the rest
            rest = f"{match['clock']} {match['zone'] or ''} {rest}"
        return _assemble(int(match["year"]), month, int(match["day"]), rest, home_zone, zones)
    numeric = _NUMERIC.search(line)
    if numeric:
        # Outside the US, news sites print day first; US sites mostly use ISO or month
        # names, but their releases print "01/23/2026": month first when the second
        # number cannot be a month, or the clock beside it is American ("12/06/2025
        # 3:00 PM EST"). A date that can be read only one way is never refused.
        rest = line[: numeric.start()] + " " + line[numeric.end() :]
        year = int(numeric["year"])
        month, day = _month_and_day(int(numeric["a"]), int(numeric["b"]), year, rest, home_zone)
        return _assemble(year, month, day, rest, home_zone, zones)
    return None


def _month_and_day(
    first: int, second: int, year: int, rest: str, home_zone: str | None
) -> tuple[int, int]:
    """Which of a numeric date's first two numbers is the month."""
    in_us = bool(_US_CLOCK.search(rest)) or home_zone in _US_HOME_ZONES
    is_us = second > 12 >= first or (first <= 12 and second <= 12 and in_us)
    if first <= 12 and second <= 12 and (named := _weekday_named(rest)) is not None:
        # "Wed, 11/05/2025": the printed weekday tells which reading is the day
        as_us = _weekday_of(year, first, second) == named
        as_day_first = _weekday_of(year, second, first) == named
        is_us = as_us if as_us != as_day_first else is_us
    return (first, second) if is_us else (second, first)


def _from_short_year(line: str, home_zone: str | None, zones: dict[str, str]) -> FoundDate | None:
    """A day printed with two figures for its year, dotted, beside its clock, as some
    Algerian and French papers print it: "le 29.12.17 | 12h00" (without the clock such
    figures are as often a score or a version number)."""
    # (most lines of every copy come here, holding no year at all: each form is asked only
    # of lines with its mark, an apostrophe, a slash or a dot)
    has_apostrophe = "'" in line or "\u2019" in line or "\u2018" in line
    named = (
        _DAY_MONTH_SHORT_YEAR.search(line) or _MONTH_DAY_SHORT_YEAR.search(line)
        if has_apostrophe
        else None
    )
    month_named = MONTHS.get(named["month"].lower().rstrip(".")) if named else None
    if named and month_named is not None:
        rest = line[: named.start()] + " " + line[named.end() :]
        year = _with_century(int(named["year"]))
        return _assemble(year, month_named, int(named["day"]), rest, home_zone, zones)
    hyphened = _HYPHENED_SHORT_YEAR.search(line) if "-" in line else None
    if hyphened is not None and (month := MONTHS.get(hyphened["month"].lower().rstrip("."))):
        rest = line[: hyphened.start()] + " " + line[hyphened.end() :]
        year, day = _with_century(int(hyphened["year"])), int(hyphened["day"])
        if _is_alone_or_timed(rest) and _is_real_day(year, month, day):
            return _assemble(year, month, day, rest, home_zone, zones)
    slashed = _SLASHED_SHORT_YEAR.search(line) if "/" in line else None
    if slashed is not None:
        return _from_slashed_short_year(line, slashed, home_zone, zones)
    short = _SHORT_YEAR.search(line) if "." in line else None
    if short is None:
        return None
    rest = line[: short.start()] + " " + line[short.end() :]
    year, month, day = 2000 + int(short["year"]), int(short["month"]), int(short["day"])
    if not _TIME.search(rest):
        return None
    try:
        datetime(year, month, day)
    except ValueError:
        return None  # "31.02.17": no day, so no date (a code or a score)
    return _assemble(year, month, day, rest, home_zone, zones)


def _with_century(short_year: int) -> int:
    """'26 is 2026 and '98 is 1998: news archives online reach back to the 1970s at most."""
    return short_year + (1900 if short_year >= _FIRST_SHORT_YEAR_OF_1900S else 2000)


def _is_real_day(year: int, month: int, day: int) -> bool:
    try:
        datetime(year, month, day)
    except ValueError:
        return False  # "31-Feb-15": no day, so no date (a code)
    return True


def _is_alone_or_timed(rest: str) -> bool:
    """What is left of a line beside a day with a two-figure year makes it a date: its
    clock, or at most a label of two words ("Published:"); in prose, "02-Sep-15" and
    "3/11/26" are as often a code, a fraction or a score."""
    is_alone = not re.search(r"\d", rest) and len(re.findall(r"[^\W\d_]+", rest)) <= 2
    return is_alone or bool(_TIME.search(rest))


def _from_slashed_short_year(
    line: str, slashed: re.Match[str], home_zone: str | None, zones: dict[str, str]
) -> FoundDate | None:
    """ "03/11/26": a slashed day with a two-figure year, beside its clock or on a line of
    its own with at most a label ("Published: 03/11/26"); in prose it is a fraction or a
    score as often as a date."""
    rest = line[: slashed.start()] + " " + line[slashed.end() :]
    if not _is_alone_or_timed(rest):
        return None
    year = _with_century(int(slashed["year"]))
    month, day = _month_and_day(int(slashed["a"]), int(slashed["b"]), year, rest, home_zone)
    try:
        datetime(year, month, day)
    except ValueError:
        return None  # "31/02/26": no day, so no date
    return _assemble(year, month, day, rest, home_zone, zones)


def is_date_line(line: str, found: FoundDate | None) -> bool:
    """A line that is mostly a date (a dateline), not prose that mentions one."""
    if found is None:
        return False
    line = _THAI_ERA.sub("", bengali.normalise(line))
    bengali_words = 0
    if bengali.has_script(line):
        line, bengali_words = bengali.strip_date(line)
    leftover = _ISO.sub(" ", _SPACED_DAY.sub(" ", line.strip()))
    leftover = _DAY_MONTH_YEAR.sub(" ", leftover)
    leftover = _MONTH_DAY_YEAR.sub(" ", leftover)
    leftover = _CLOCK_BEFORE_YEAR.sub(" ", leftover)
    leftover = _NUMERIC.sub(" ", leftover)
    leftover = _DAY_MONTH_SHORT_YEAR.sub(" ", _MONTH_DAY_SHORT_YEAR.sub(" ", leftover))
    leftover = _HOUR_ONLY.sub(" ", _TIME.sub(" ", leftover))
    leftover = _DATE_WORDS.sub(" ", leftover)
    leftover = _ARABIC_DATE_WORDS.sub(" ", leftover)
    words = re.findall(r"[^\W\d_]{2,}", leftover)
    if any(w.lower() in DIGEST_WORDS for w in words) and len(words) >= 2:
        return False  # "Mongolia Brief April 25, 2014": a digest's headline names its day
    if len(words) >= 2 and _BRACKETED_DAY_END.search(line):
        return False  # "N1 Studio Live (26.9.2023)": a show's headline names its day
    return len(words) + bengali_words <= 4 or opens_with_date_and_clock(line)


# A day in brackets closing the line, as a programme's or an edition's headline prints it
_BRACKETED_DAY_END = re.compile(r"\s\((?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})\)$")
# What a digest or a newsletter calls itself in the headline that names its day ("Mongolia
# Brief April 25, 2014", "Belarus Review by iSANS — September 03, 2024", "Weekly Digest")
DIGEST_WORDS = frozenset(
    "brief briefs briefing review digest roundup round-up bulletin newsletter recap wrap-up"
    " дайджест обзор огляд".split()
)


def opens_with_date_and_clock(line: str) -> bool:
    """A meta line that starts with the date and its time, then the page's counters, place
    and labels ("28 Oct 2020, 18:08 Comments 61 Views Kampala Security"): prose does not
    open with a clock, and has sentences."""
    line = line.strip()
    if _SENTENCE.search(line) or line.endswith("."):
        return False
    # "Tuesday, May 31, 2016, 10:23 a.m. Front Entrance Hall": the weekday opens the date
    weekday = _LEADING_WEEKDAY.match(line)
    start = weekday.end() if weekday else 0
    for pattern in (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC):
        opening = pattern.match(line, start)
        if opening is None:
            continue
        if pattern is _ISO and opening["hour"]:
            return True
        return bool(_CLOCK_NEXT.match(line, opening.end()))
    return False


_LEADING_WEEKDAY = re.compile(
    r"(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?\.?,?\s+", re.IGNORECASE
)
_CLOCK_NEXT = re.compile(r",?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?!\d)")
# A full stop after a word, then a capital: a sentence ends in the line.
_SENTENCE = re.compile(r"[a-z]{2}\.\s+[A-Z]")


def _from_bengali(line: str, home_zone: str | None, zones: dict[str, str]) -> FoundDate | None:
    """A date with a Bengali month name (digits already ASCII); None for other forms."""
    try:
        reading = bengali.read(line)
    except bengali.BadTime as exc:
        raise ImpossibleDate(str(exc)) from None
    if reading is None:
        return None
    tz: tzinfo
    if reading.zone:
        tz, zone_name, assumed = ZoneInfo(reading.zone), reading.zone, False
    else:
        tz, zone_name, assumed = _zone_for("", home_zone, zones)
    try:
        value = datetime(
            reading.year,
            reading.month,
            reading.day,
            reading.hour,
            reading.minute,
            reading.second,
            tzinfo=tz,
        )
    except ValueError as exc:
        day = f"{reading.year:04d}-{reading.month:02d}-{reading.day:02d}"
        raise ImpossibleDate(f"impossible date {day}: {exc}") from None
    precision = "minute" if reading.has_time else "day"
    rule = "date:bengali" + ("+zone" if not assumed else "")
    return FoundDate(value, precision, zone_name, assumed, rule)


def _assemble(
    year: int, month: int, day: int, rest: str, home_zone: str | None, zones: dict[str, str]
) -> FoundDate:
    if year >= _BUDDHIST_ERA_FROM:
        year -= _BUDDHIST_ERA_OFFSET
    time = _TIME.search(rest) or _HOUR_ONLY.search(rest)
    hour = minute = second = 0
    precision = "day"
    zone_text = ""
    if time:
        groups = time.groupdict()
        hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
        second = int(groups.get("second") or 0)
        ampm = (time["ampm"] or "").lower().replace(".", "").replace(" ", "")
        ampm = ampm[:1] if ampm[:1] in "مص" else ampm  # "مساءً" (evening) as "م"
        ampm = _GREEK_HALVES.get(ampm, ampm)  # "7:45 μ.μ." (after noon), "π.μ." (before)
        if ampm and 13 <= hour <= 23:
            ampm = ""  # "13:26 PM": a 24-hour clock with a stray suffix, as pages print it
        if ampm and hour == 0 or hour > 23:
            raise ImpossibleDate(f"impossible time {time.group(0).strip()!r}")
        if ampm == "pm" and hour != 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        precision = "minute"
        zone_match = _ZONE.match(rest[time.end() :])
        zone_text = zone_match["zone"] if zone_match else ""
    if not zone_text:
        # the zone after the date when the clock came first ("4:15pm, Jan 9 2024 NZDT")
        bare = re.search(r"\b(GMT|UTC)\b", rest) or _ZONE_AFTER_DATE.search(rest)
        zone_text = bare.group(1) if bare else ""
    tz, zone_name, assumed = _zone_for(zone_text, home_zone, zones)
    try:
        value = datetime(year, month, day, hour, minute, second, tzinfo=tz)
    except ValueError as exc:
        raise ImpossibleDate(f"impossible date {year:04d}-{month:02d}-{day:02d}: {exc}") from None
    rule = "date:text" + ("+zone" if not assumed else "")
    return FoundDate(value, precision, _shown_zone(value, tz, zone_name), assumed, rule)


# The afternoon half of a 12-hour clock in Korean, Chinese and Japanese.
_AFTERNOON = frozenset(("오후", "下午", "午後"))


def _from_iso(
    match: re.Match[str], home_zone: str | None, zones: dict[str, str], after: str = ""
) -> FoundDate:
    offset = match["offset"]
    if offset:
        tz: tzinfo = parse_offset(offset)
        zone_name, assumed = _offset_name(tz), False
    else:
        # "2026/01/20 09:15 (JST)": a zone's name after the time, as the other forms read it
        named = _ZONE.match(after) if match["hour"] else None
        tz, zone_name, assumed = _zone_for(named["zone"] if named else "", home_zone, zones)
    hour = match["hour"]
    clock = int(hour or 0)
    if match["meridiem"] in _AFTERNOON and clock < 12:
        clock += 12
    elif match["meridiem"] and match["meridiem"] not in _AFTERNOON and clock == 12:
        clock = 0  # "오전 12:10": ten past midnight
    try:
        value = datetime(
            int(match["year"]),
            int(match["month"]),
            int(match["day"]),
            clock,
            int(match["minute"] or 0),
            int(match["second"] or 0),
            tzinfo=tz,
        )
    except ValueError as exc:
        raise ImpossibleDate(f"impossible date {match.group(0)!r}: {exc}") from None
    zone_name = _shown_zone(value, tz, zone_name)
    return FoundDate(value, "minute" if hour else "day", zone_name, assumed, "date:iso")


def _shown_zone(value: datetime, tz: tzinfo, zone_name: str) -> str:
    """The zone the date is shown in: the printed abbreviation's region, unless that
    region's clock read otherwise on the day ("14:30 CET" printed in October, when Paris
    keeps summer time): then its own offset, so the page shows 14:30 as printed."""
    if isinstance(tz, ZoneInfo) or zone_name.startswith(("+", "-")) or "/" not in zone_name:
        return zone_name
    if ZoneInfo(zone_name).utcoffset(value) == tz.utcoffset(value):
        return zone_name
    return _offset_name(tz)


def parse_offset(text: str) -> timezone:
    if text.upper() == "Z":
        return UTC
    sign = -1 if text.startswith("-") else 1
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:4] or 0)
    return timezone(sign * timedelta(minutes=minutes))


def _offset_name(tz: tzinfo) -> str:
    offset = tz.utcoffset(None) or timedelta(0)
    if offset == timedelta(0):
        return "UTC"
    total = int(offset.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    return f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"


# A known abbreviation of three letters or more, in capitals, ending the line
_ZONE_AFTER_DATE = re.compile(
    r"\b("
    + "|".join(sorted((z for z in FIXED_ZONES if len(z) >= 3), key=len, reverse=True))
    + r")\)?\s*$"
)


def _zone_for(
    zone_text: str, home_zone: str | None, zones: dict[str, str]
) -> tuple[tzinfo, str, bool]:
    """(tzinfo, name, is_assumed) for a printed abbreviation or the home zone."""
    zone_text = zone_text.strip().upper().replace(" ", "")
    if zone_text.startswith(("GMT", "UTC")) and len(zone_text) > 3:
        tz = _gmt_offset(zone_text[3:])
        return tz, _offset_name(tz), False
    if zone_text:
        if zone_text in zones:
            return ZoneInfo(zones[zone_text]), zones[zone_text], False
        if zone_text in FIXED_OFFSETS:
            tz = timezone(timedelta(minutes=FIXED_OFFSETS[zone_text]))
            return tz, FIXED_ZONES[zone_text], False
        if zone_text in FIXED_ZONES:
            return ZoneInfo(FIXED_ZONES[zone_text]), FIXED_ZONES[zone_text], False
    name = home_zone or "UTC"
    return zone_info(name), name, True


def zone_info(name: str) -> tzinfo:
    """An IANA zone or a fixed "+HH:MM" offset, as a tzinfo."""
    if name.startswith(("+", "-")):
        return parse_offset(name)
    return ZoneInfo(name)


def _gmt_offset(text: str) -> timezone:
    sign = -1 if text.startswith("-") else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:-2] if len(digits) > 2 else digits)
    minutes = int(digits[-2:]) if len(digits) > 2 else 0
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def in_zone(value: datetime, zone_name: str) -> datetime:
    """Show `value` in the zone it was read in (IANA name or a +HH:MM offset)."""
    if zone_name.startswith(("+", "-")):
        return value.astimezone(parse_offset(zone_name))
    return value.astimezone(ZoneInfo(zone_name))


def from_timestamp(seconds: float, zone_name: str) -> FoundDate:
    """A file's modification time as a date in the site's zone (no date was printed)."""
    value = datetime.fromtimestamp(seconds, tz=UTC).astimezone(zone_info(zone_name))
    return FoundDate(value.replace(microsecond=0), "minute", zone_name, False, "date:file")


_DATE_CHATTER = re.compile(
    r"\b(?:published|updated|last\s+updated|posted|first\s+published|modified)\b\s*(?:on|at)?\s*:?"
    r"|\b(?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|rsday|urday)?\b,?"
    rf"|\b{_OTHER_WEEKDAYS}\b,?"
    r"|\b\d{1,3}\s+min(?:ute)?s?\s+read\b|\b(?:at|on)\s*$"
    r"|\b(?:GMT|UTC)(?:\s?[+-]\s?\d{1,2}(?::?\d{2})?)?(?!\w)"  # "GMT+7" whole, no "+7" left
    # the zones in capitals only: "West", "Art", "Cat" are words
    r"|\b(?-i:"
    + "|".join(sorted((z for z in FIXED_ZONES if len(z) >= 3), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


def remove_dates(line: str) -> str:
    """`line` without its dates, times and the words around them ("Published on",
    weekdays, "2 min read"): what is left of "By Jane Roe - July 17, 2010"."""
    patterns = (_ISO, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _NUMERIC, _TIME, _HOUR_ONLY, _DATE_CHATTER)
    for pattern in patterns:
        line = pattern.sub(" ", line)
    return " ".join(line.split()).strip(" ,|-–—:·•")


def is_date_word(word: str) -> bool:
    """A dateline's own word, a weekday, a month or a label ("Monday", "Lunes", "March",
    "Updated"), which a section's name never is."""
    return bool(_DATE_WORDS.fullmatch(word)) or word.lower() in MONTHS


def split_at_date(line: str) -> tuple[str, str] | None:
    """The text before and after the first date spelt with its month's name, or None."""
    if not _YEAR_DIGITS.search(line):
        return None  # both forms print a year: the month names' long alternation not tried
    match = _DAY_MONTH_YEAR.search(line) or _MONTH_DAY_YEAR.search(line)
    return (line[: match.start()], line[match.end() :]) if match else None
