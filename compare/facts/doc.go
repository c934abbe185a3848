// Package facts finds the checkable facts in a sentence of Arabic or English
// news: numbers, dates and durations, and the cue words (negation, denial,
// hedging, affirmation) that decide whether a claim is asserted or rejected.
//
// Every span is given in rune offsets into the input string, End exclusive,
// and its Text is the original substring, so callers can highlight it. The
// extractor is rule-based and deterministic; the word lists it uses live in
// tables.go. Extract tokenises once and is safe for concurrent use.
//
// # What it reads
//
// Numbers, in both digit sets and in words:
//
//   - bounds, the longest phrase first: "no more than 12" is at most 12, and a
//     share takes its bound, "more than half of"; a bound told as near its
//     value, "just under", is Near; "exceeded", "exceed", "تجاوز", "فاق" make
//     a lower bound ("must not exceed" an upper one), but not the particle of
//     "handed over 10"; "go up to" is no bound;
//   - approximate, after "about", "نحو", "قرابة", and the Arabic verbs of
//     nearing, "قاربت الأربعين في المئة", "يناهز ستة مليارات" (not "قارب",
//     a boat too), or "half a dozen", six; "nearly", "almost" and those verbs
//     come near a value from under it, and make it Near with no bound;
//   - an Arabic amount finished by digits after و, "مليوناً و860 ألف ناخب"
//     (1,860,000), "3 آلاف و500" (andDigits), and a scale word joined by a
//     hyphen, "a 5.5-billion-dinar loan", with its noun past the second
//     hyphen;
//   - a range told with "between", "ما بين 30 و45 طناً", is one number from
//     Value to To;
//   - a currency's code before an amount, "EGP 17.75", "JD310 million";
//   - a decimal comma, the Maghreb's "4,2 مليار دولار" (decimalComma), but
//     not a thousands comma nor a list of digits, "1,2,3";
//   - not the "26" of a fiscal "2025/26", nor digits that name something,
//     "train number 934", "رقم ٩٣٤", "Decree 54", "#16", or a quoted name,
//     "«البركة 7»" (label, quotedName), an aircraft's model, "Boeing
//     737-800", "إيرباص 320", or a flight's number past its airline's code,
//     "Flight RM 415";
//   - "إحدى وأربعين" is 41, "واحداً وثلاثين" 31 and "سبعاً وعشرين" 27 (the
//     accusative of the units, arCardinals), and an ordinal takes its tens,
//     "الحادي والعشرين" (ordinalTens); "واحداً من" is one of many (oneOf);
//     "الأولي" with a final ya is "primary" ("التعليم الأولي"), no ordinal
//     (primary);
//   - a fraction of a group, "half of the schools", "ثلث المدارس", is a share
//     in percent; a change of a rate in points is in basis points, "a quarter
//     of a percentage point", "25 نقطة أساس";
//   - a scale's dual in construct is two of it, "مليونا شخص", "بمليوني دولار",
//     but not "ألفا من" nor "حشد مليوني في"; the dual of a counted noun with a
//     broken plural is two of it, "قتيلين", "حالتي وفاة", and so is a
//     feminine dual, "طالبتين" (dualCount);
//   - an English count's noun is read past adjectives joined by "and"
//     ("12,000 seasonal and non-seasonal work permits": enNoun);
//   - a part takes its whole's noun, "15 of 24 seats", "Thirteen of the
//     council's 18 members", "650 of its workers", "1,400 of the plant's
//     roughly 3,200 workers" (unitOfWhole);
//   - "a seven-year-old girl" is an age (AgeUnit), which meets only ages, and
//     so is a number set off by commas after a name, "said Ali Kadhim, 27,"
//     (ageAfterName), and one after "of" and a person, "a boy of about ten"
//     (ageOfPerson);
//   - a kilometre marker, "the Km 24 camp", "الكيلومتر ٢٤", is a place on a
//     road (MarkerUnit), which meets only markers.
//
// Dates and periods, in both Arabic month series ("غرة يناير" is January
// 1), and a month named in both at once, "11 أيار/مايو 2026", is one date
// (joinMonthPairs):
//
//   - a duration, "a 30-day ceasefire", "هدنة لمدة شهر"; told as
//     approximate or open-ended, "at least a year", "عامين على الأقل", also
//     after its preposition, "بعد نحو ثماني ساعات", which keeps its "after"; with
//     no set end, PeriodOpen, "open-ended", "إضراب مفتوح"; with no number,
//     "week-long", but "a months-long deadlock" is no one month; told as a
//     range, "12 to 24 hours", "بين ١٨ و٣٥ عاماً", from From to Period,
//     whose first number is no count (rangeStart);
//   - a duration that is someone's age is marked Age: after a word of age
//     ("aged between six months and 10 years", "تتراوح أعمارهم", "عمرها"),
//     before "old", or in parentheses after an Arabic name, "(٤١ عاماً)";
//   - a day of a month named before, "في 14 منه", "في العاشر من الشهر
//     الجاري", is a date with no month (ofTheMonth), not a count;
//   - a time with its possessive is the time: "Last year's pass rate",
//     "this month’s figures";
//   - "three days after" is an offset, not a duration, but "after ten days of
//     negotiations" is one; "10% a year" is a rate, not a duration; bounds
//     such as "does not exceed", "above", "below";
//   - times of day, "3:42 a.m.", "الساعة الحادية عشرة ليلا", "الرابعة
//     والربع عصراً", "السابعة وأربعين دقيقة صباحا", "الحادية عشرة و٤٢
//     دقيقة", "at 6 in the morning" (partOfDay, after a preposition
//     of time): a Date with Clock set, never a count; the wire's "(1015
//     GMT)" is neither; after "by" or "بحلول" its Qualifier is "by" (the
//     time something was done by), after "until" or "حتى" "until".
//
// Cues: negation, denial, hedging and affirmation, each with its span;
// "lies" is a denial as a noun ("pure lies"), not as the verb of where a
// thing is ("lies on the border", LiesAt); "لا صحة لما" (no truth to what)
// and the like are one denial, not a negation of صحة (health).
package facts
