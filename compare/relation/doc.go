// Package relation says how two statements relate (they contradict, agree,
// are on the same topic without either, or are unrelated) and why, and how a
// statement stands toward a claim. It works on Arabic and English with rules
// a journalist can check (negation flips, denials, conflicting numbers and
// dates, antonyms, a different place or actor in the same role, two causes
// of one event), weighed by
// a small logistic model learned from labelled pairs (weights_gen.go, made
// by cmd/train from Features; eval.go scores the dev sets). It also holds the TSV reader of the relate command (tsv.go).
//
// This comment is the catalogue of the rules, grouped by what they decide;
// each names the function or table that holds it.
//
// # Entry points
//
//   - Classify, ClassifyFacts and ClassifyPrepared (on Prepare's tokens):
//     two statements on their own.
//   - ClassifyInClaim, the archive's judge: within one claim two counts of
//     one outcome conflict whatever else the statements share, and so do two
//     times of day at which the event began (eventStartAt, startTimes: "broke
//     out shortly after 4 p.m." against "happened around 11 a.m.", or
//     against "اندلع عصر يوم الخميس", a part of the day as its stretch of
//     hours), and two causes given of the event (causeConflict, below); a
//     word two statements in two languages share, negated in one, is a
//     conflict when they share another.
//   - StanceOf and StanceOfPrepared: a statement toward a claim (affirms,
//     denies, neutral).
//   - ConceptKeys and PhraseConceptKeys: the lexicon's concepts (of one word
//     or two: "live rounds", "الرصاص الحي"), antonym groups and months as
//     keys that meet across languages; TwoCommodities takes two statements'
//     sides on two commodities for no opposite sides.
//
// # Numbers of the same thing (quantities.go)
//
// A number conflict needs the same thing counted:
//
//   - the same noun, or the same outcome (killed, injured, missing,
//     treated, acquitted, convicted...); a counted noun that is an outcome
//     word gives the outcome ("انتشال ثلاث جثث"; "on board" tells those
//     aboard), and one of those aboard
//     gives way to a verb after it ("140 passengers were injured"); a count
//     finds its verb past an inserted "including" or "بينهم" phrase or an apposition
//     that names them ("Two passengers, an elderly woman and a girl, were
//     taken to hospital": insertionEnd); "cases" are of the outcome their
//     clause names before them ("وفيات ... إلى أربع عشرة حالة", caseNouns);
//     a toll names its outcome before the number, past a name in quotation
//     marks ("عدد الأطفال الذين توفوا بعد تناولهم شراب «فيفانول» ... إلى 19
//     طفلا", tollOf); an English compound number word is one number, so the
//     words after it are its own ("Twenty-seven people were injured",
//     compoundNumber); the counted nouns of the synonym table meet across
//     the languages ("37 projects", "52 مشروعاً");
//   - "pounds" and "ليرة" are one currency (the Lebanese and the Syrian
//     pound: poundAndLira);
//   - a percentage of the same referent (turnout, vote, price, arrivals,
//     revenue, sales, how full a dam is...), or the
//     noun after it, "a 19.9% stake" (referentAt: "لنمو" with its clitic, not
//     "pay" as a verb; nounReferent: not a time, "بداية من مارس"); in a claim, a percentage with no referent against the
//     change of a price, a wage or a rate (oneChange);
//   - an exchange rate, "52.30 per dollar", "مقابل الدولار" (exchangeRate),
//     of one market, official or street (marketOf);
//   - an outcome said to be none ("no deaths", "لا وفيات") is a count of zero
//     that meets the other side's count of it (noneCounts), but not "none of
//     the injuries was life-threatening" nor "لم يكن بين الضحايا أطفال"
//     (groupAfter: the group is there, not negated), nor "No passengers
//     were injured", which negates the injuries of passengers who were
//     there (noSubjectEnd: a verb of what befalls people; "no deal was
//     reached" still denies the deal), nor "Atwi was not injured", said of
//     one (singularAux), nor "رئيس الجمعية لم يتم توقيفه", whose pronoun is
//     of one (oneWhom);
//   - "a" or "an" before a noun of one person with an outcome of people
//     after it ("A man was killed") is a count of one, unless a number
//     stands in its sentence ("bringing the toll to 12": oneCounts);
//   - what members of a body did at a sitting are three outcomes: voted for
//     a motion, were present, signed a request ("183 lawmakers voted in
//     favour", "238 had registered their attendance", "signatures from 58
//     lawmakers"); inmates referred to the courts ("إحالة") are charged,
//     those transferred moved, which meets displaced ("نُقل ... إلى مراكز
//     الإيواء"); those evicted or moved to shelters are displaced; "احتجز"
//     holds; "نفوق" (animals dying) is a toll;
//   - those dismissed are one outcome ("laid off", "lost their jobs",
//     "المسرحين", "فقدوا عملهم"; jobs created are no jobs lost: lostJob),
//     and funerals or talks "held" hold no one (heldEvent);
//   - captivity is told four ways (oneOutcome): an arrest ("موقوفين") is
//     no kidnapping, and those released are some of those arrested, but
//     the released meet the kidnapped, and those held ("held", "أسرى")
//     meet any of them; "أخلت سبيل" sets free (setFree), "أخلت نحو ١٢٠"
//     evacuates; those charged ("الادعاء على") are no rival count of those
//     arrested, nor are escapees caught again ("recaptured", "إعادة القبض
//     على", againWords) of the guards arrested; an Arabic verb that opens its clause gives its object's
//     outcome ("أوقفت مديرية المخابرات ... سبعة موظفين"), to a count in
//     Arabic-Indic digits too ("وأقصيت من العملية نحو ٦٠٠ عائلة");
//   - counts set aside from the event's own (asideOutcome): those left out
//     of an operation ("excluded", "left off the lists", "أقصيت"), what was
//     recovered of a theft ("استرجعت"; money "recovered" is paid back, no
//     outcome), those a monitor interviewed, the places inspectors visited;
//     none is a rival of a count with no outcome, nor, whatever the noun,
//     of another count of its outcome; the stranded ("عالقين") are an
//     outcome, those still stranded a part of them ("not yet", "لم يعودوا
//     بعد", says "still" too: notYet);
//
// Who a count is of matters for votes, seats and prison terms: the votes
// of two candidates or lists are no rival counts (holderOf, twoHolders: the
// name nearest in the count's clause, else its sentence's subject past the
// dateline, a relative clause's antecedent, a quoted list's name; an
// English name runs on over capitalised words the lexicon knows, "Patriotic
// Union of Kurdistan", titleWord; two names in one script that share one
// word of two are two holders), nor the
// prison terms of two defendants told in one script (termsOfTwo, termHolder:
// "former" names no one, and "Haddad's former adviser" is not Haddad,
// possessor). An age counts no one: "a 24-year-old student" among those
// detained is no rival of "nine suspects" arrested (numberKind's age). Two
// ages are of two people when the nouns after "-year-old" differ (ageNoun).
//
// A firm count conflicts in article sentences the model would call
// unrelated, on its counted noun alone. Two floors ("more than 50" against
// "more than 70") are two counts. A number agrees with the other side only by
// a value of the same kind of thing or of the same outcome (sameElsewhere),
// or by the same figure of the same noun, unless the other side gives it as a
// former value, an amount added or one demanded (toldAgain: "500 MW in the
// first phase" of a "total capacity of 1,000 MW"),
// so a former value vouches for no new one, nor a vague count ("عشرات
// الرحلات", tens of flights) for a precise one; a side that tells two tolls of
// one outcome ("rose to seven ... while the ministry says two") agrees by
// outcome with neither (twoTolls).
//
// # Two things, not one conflict (twoThings)
//
//   - two places (a place stands by its count, on both sides: placeOf; a
//     dateline's city and a place a location is told from, "south of Amman",
//     "جنوب عمّان", placeFrom, are no place of the event, nor an outlet's
//     name in quotation marks after it is told, "لـ«المدى العربي»"
//     (outletName), nor a sea's, "بحر عُمان", "the Gulf of Oman" (seaOf), nor
//     a currency's country, "ريال عماني" (currencyNation);
//     a country and its people across the scripts are one place, and so are
//     a country and one of its cities, "تركيا" and "Istanbul" (within,
//     placesWithin), also for a statement's place on a claim's);
//   - two times: a count dated by a bare year or its end, "last August", a
//     month named alone, "so far this year" (not "yesterday", nor a year
//     against "this year"); a first count since changed, "initially put the
//     toll at 12", "، في أول حصيلة رسمية" past a comma, or said to have risen since, "a figure that rose the next
//     day", "قبل أن ترتفع" (risenSince), or told as of a day before a
//     deadline, "By the Friday before the deadline, only around 640 had
//     registered" (beforeDeadline); last season's figure, "Last season,
//     farmers received about 20 dinars", "الموسم الماضي" (lastSeason); one
//     region's figure against the country's, "In Akkar, about 80 percent"
//     against "across the country", "على مستوى العراق" (localIn, also "in
//     the province", "في المحافظة" after the count; nationwide); a count
//     told in a wider time as background ("in recent years", not after a
//     superlative: "one of its most critical reports in recent years" ranks
//     the event, afterSuperlative); a count up to a time of the day, "120 trucks had crossed
//     by midday", "turnout at 19.87 percent at 4 pm" (asOfTime; not the time
//     by which all were counted); a toll told on two days;
//   - a demanded, called-for or projected number or duration against one that
//     is not ("the toll could rise to six");
//   - a part against a whole: parts that add up to the other side's whole
//     (a part under 10 only when the sum is exact and the whole 50 or more:
//     "148 passengers and six crew members" against "154 people on board");
//     a count of some of a group ("among those treated", "including 12
//     children", "بينهم", a breakdown, "Three foreign workers were among
//     the dead": someOf) against another noun, a count of one place "alone"
//     (up to twelve words on when a place closes its clause, "hit in Sbiba
//     alone")
//     or among a group its noun does not name ("بين الملاكات الصحية ... ٤
//     إصابات"; "بين X وY" joins two sides: amongGroup) against the whole of
//     its own noun too (partAt), and a sum of money told as
//     a part ("the first phase alone", "the largest share of the
//     irregularities, about 96 million dinars") against any other sum; some of those an outcome
//     counts ("seven of the injured", partitive) against its total, and
//     against another such part only when both are said to be or do one
//     thing (samePredicate: "Nine of the injured were children" is no rival
//     of "Seven of the injured were still being treated"); the
//     whole a part is of ("24" of "15 of 24 seats", whole) against another
//     part; a convoy's, a fleet's or a body's size ("a convoy of 14
//     trucks", "the 329-seat chamber", collectiveSize) against another
//     count; all a ward or a class held ("تضم ٢٠ مريضاً", "a class of 42
//     pupils", "وكان في القسم ٣٤ تلميذاً", contained) against those an
//     event befell there, and all a place has ("its 420 pupils", whole)
//     against a part; a father's children against a mother's (kinOf); those still in hospital or held against a total;
//     the acquitted or convicted against all the defendants; a count listed
//     with one more of another kind ("three workers and a guard"); seats
//     reserved for a quota (quotaOf) against a party's; two counts that
//     both name their noun, more than ten times apart and tied by no
//     outcome (tenfold); those in a critical condition or in
//     intensive care ("3 مصابين بحالات حرجة", up to six words on: "One girl
//     suffered a head injury and was in critical condition", criticalOf)
//     against all the injured; a first batch against a second ("شحنة أولى ... شحنة ثانية",
//     batchOf, whose ordinal is no fact of its own: withoutBatchRanks);
//   - who a count is of: the dead of two sides of a fight, forces,
//     militants and civilians ("killed four of the militants" against
//     "seven soldiers", sidesOf; "attackers" name no side); a count whose
//     noun has a verb of its own that is no outcome ("21 patients were
//     connected to machines", doing; or joined a protest, "took part",
//     "marched", past an inserted phrase) against a count of people with one;
//     those who told the statement ("three workers and a union official
//     told the paper", "according to two council members", "Two inmates
//     reached by telephone", speakersAt); digits in a name ("told Maghreb 24
//     that", withoutLabels); a figure of reports the statement denies
//     ("dismissed social media claims that more than ten people had died",
//     deniedReport);
//   - a change against a level: an amount added ("adding 600 megawatts",
//     "زيادة قدرها ٧٥٠ درهماً", "four new deaths", "بثلاث حالات جديدة",
//     added); the value before a change ("from 13.75", "بدلا من", "بعد أن
//     كان", "down from $68", "compared with $68", previous, found past
//     "around", a currency sign and a comma; what
//     was so before the event, "كانت المنظومة تنتج ... قبل الانهيار",
//     wasBefore); a count of initial or preliminary reports ("Initial
//     reports put the number at around 400, but", earlyReport, or told
//     earlier by a verb of telling, "بعد أن أعلنت السلطات في وقت سابق وفاة
//     أربعة", "تقارير سابقة", "had stood at six"); a former
//     value by its adjective (formerWords), or the
//     level a rise is made on ("an increase on the current 7,000",
//     currentWords); a change told with "بنحو" (changeBy), or with "by"
//     right after its verb whatever it counts ("to rise by 200 cubic
//     metres"; further from the verb only of money or a bare count);
//   - two kinds of money or measure: prices of two commodities (priceOf),
//     numbers of two commodities or two amounts of money of two things
//     (goods: a wage, a saving, a loan, a tranche, a fine, a sum embezzled,
//     investors' orders, what an issue raised...), rates of two groups
//     or measures (groups: "youth unemployment", "monthly inflation"), a
//     true cost ("the real cost", "التكلفة الحقيقية", trueCost) against a
//     price, a count of people by the year (yearly) against one event's, a
//     length or magnitude against a count, an aftershock against the
//     earthquake, two lengths written before two different nouns
//     (lengthsOfTwoThings), an age against a length of time (facts'
//     Date.Age: "(٤١ عاماً)" after a name), a range many values spread over
//     against one value ("the others received terms ranging from one to two
//     years" against a defendant's eight: rangeOfMany), two lengths after
//     "of", "من" or "لمدة" of two nouns ("نوبات من عشر ساعات" against "a
//     48-hour strike": measured), a speed against a length and a gust's
//     against the sustained speed ("150 kilometres per hour", "gusts
//     exceeding 170"), a height or a depth against a length ("على
//     ارتفاع نحو 650 متراً", "above sea level", against "على مسافة ١٥٧٠
//     متراً", dimensionOf), a queue's length against the road's, the
//     tunnel's or the detour's ("طوابير المركبات لنحو ثلاثة كيلومترات"); an
//     area counts no one ("تتلف 1200 هكتار ... ووفاة راع"); places, buildings and craft count no one
//     ("taken to three hospitals", "from about a dozen cabins",
//     thingUnits), nor do times ("ثلاث ليالٍ", three nights: timeUnits); a budget's total or spending, its capital spending
//     ("capital expenditure"), its balance (deficit or surplus), its
//     revenue, exports and imports (moneyWords, "المصروفات", "بعجز", found
//     up to 15 words back in the amount's clause when none stands next to
//     it, not past another amount; "the budget deficit" is a deficit); an
//     amount that names no currency takes the one before it ("٢٥٫٢ مليار
//     دينار والعجز ٦٫٣ مليار", withCurrency), and a percentage of exports, imports, a
//     deficit, a debt, a premium, a bond's price guidance or its yield
//     (referentWords); an area of land struck, treated or farmed
//     ("infested 15,000 hectares", "sprayed 2,300", landOf); a share of GDP
//     (ratioToGDP) against a rise; a sum by the day (perDayAt: "a day",
//     "يومياً" after it, or "daily", "اليومية" on the noun before it, past
//     the currency sign) against a sum over the days; what a craft or a place can hold (capacityOf)
//     against what it held; a ferry's crew against its passengers
//     (crewKind); suspected cases against confirmed ones (certaintyAt); a
//     threshold or a target ("the 165 needed", "يتطلب", "targets exports of
//     $7 billion", demanded) against a result; oil and gas exports against
//     the rest ("non-hydrocarbon", oilOf), and the rest against the total
//     it is a part of; those aboard against the injured (the verb before
//     the passengers wins over their noun: "أصيب خلالها ٩ ركاب");
//   - the same figure told twice: fewer decimals against more ("0.71" and
//     "0.709"; a whole percentage against one to a tenth), a small count told
//     roughly against its neighbours ("about 15" and 14; "about" spans
//     twice the place of a number's last figure, a twentieth at most:
//     "about 24,500" is no "about 27,000", approxSlack), a value neared
//     from under it against one a tenth under ("nearly 30" and 27), amounts a hundred
//     times apart (twenty when one is vague), two durations whose told ranges
//     meet ("at least a year", "about 18 months") or that are a hundred times
//     apart;
//   - two members of one class in a list that names some of its items, not
//     all (openList: after "includes", "including", "such as", "among
//     them", "تشمل", "بينهم", "بما في ذلك", or before "and many other
//     things", "وغيرها"): "a recipe that includes broccoli, celery and eggs"
//     against "... carrot ..." can both be true, a neutral pair with an
//     "items" reason; a count in such a list still counts one thing
//     ("including two women" against "including four women"); a region the
//     subject of a count's clause ("the province has recorded 97 cases") is
//     no rival of a count told nationwide (localIn).
//
// Such a pair is no agreement either, however much else it shares: two
// numbers of one noun that count two things (twoCounts) give a "things"
// reason, a two-facts reason like "places", "times" and "positions"; two
// sides whose counts all differ and that no rule takes for one thing
// ("151,000 Lebanese abroad" against "225,000 expatriates", noCountShared)
// give a "counts" reason, which keeps the pair from agreeing and says
// nothing for or against a conflict (noAgreement).
//
// # Dates and times
//
// A wire dateline's date, "MISRATA, Libya, Nov 8 (North Africa Newswire)
// -", "صلالة، 16 أغسطس (وكالة الخليج للأنباء) -", dates the dispatch, not the
// event (withoutDateline).
//
// Weekdays and times of day are dates, in both languages, and firm ones; a
// time told with no half of the day may be twelve hours later, past
// midnight too (clocksConflict). A day of saying, denying, accusing, warning, adding or confirming dates a
// statement, and so does a day of reacting: condemning, welcoming,
// criticising, praising, and of claiming an attack or demanding (dayVerbs), a weekday set off by commas after the verb and its
// subject too (timeApposition); it gives way to the other side's day of the
// event (eventWeekday), and a two-word day ("اليوم الخميس") is read where its
// first word stands; two days of one announcement are two dates of it; a
// day of effect ("اعتبارا من", "takes effect") is no rival of a day of
// announcing (dayOfSaying), nor a day or a time something was done by ("had
// died by Tuesday evening", "By 10 pm all had been brought down", a state
// "until" a day, "مغلقاً إلى غاية مساء الجمعة", dayBound,
// datesConflict) of the day or time of the event. A day a state went on
// ("continued", "dragged on", "تواصلت"; not "still", which may deny the
// event's day) or told as the day after ("غداة", "the day after") is not
// the event's (ongoingAround, dayOngoing), unless a word of beginning
// dates it ("the shortage that began on Saturday"); a protest's day
// ("نظم الصيادون، يوم الخميس، وقفة احتجاجية", protestWords) is a rival only
// of another protest's (dayProtest); a day set off by commas after a long
// subject dates the verb that opens the sentence (openingWord); the day a
// body issued a statement ("أصدرت الوزارة، اليوم الثلاثاء، بلاغا",
// issuedStatement) is a day of announcing, and so are days of a month
// told so (spokenDates). Two durations told as
// ranges ("between five and 10 years") conflict by either end. A date told
// as the one planned before a change ("كان مقرراً في 22 أيلول", "instead
// of September 22", formerDate) is no rival of the new one; a term
// prosecutors requested ("التمست") is a demand. Two weekdays
// are a firm conflict when their clauses share a word, a name spelt in the
// two scripts included (clauseShare). "By the end of 2026" is part of a
// date (markTimeEdges), and two opposite words in clauses of two times are
// two events (timeOf).
//
// # Causes of the event (causes.go)
//
// Within a claim, two accounts that give the event two causes contradict
// each other (causeConflict, a reason of kind "cause"), and so do a cause
// one gives and the other denies; Prepared.GivesCause lets an archive pair
// the statements that give one, which share few other words:
//
//   - a cause is a term of a closed class (causeTable: a short circuit, a
//     gas cylinder, arson, an attack, the weather, a collision, an engine,
//     the power supply, pollution, a virus...) that the statement gives as
//     the cause (causeFramed): after "caused by", "due to", "بسبب", "جراء",
//     "ناجم عن" (causeBefore), before "blamed", "behind", "وراء", "تسبب"
//     (causeAfter, past an aside: "Low oxygen, not pollution, behind"), as
//     the thing that exploded ("بانفجار أسطوانة أكسجين"), or said of the
//     event with "was" or as an Arabic predicate ("the fire was started
//     deliberately", "الحريق «مفتعل»": causeSaidOf; "حادث التصادم" is a
//     collision, not its cause);
//   - a term in a negation's scope, or after "ruled out", "استبعد", "نافياً
//     أن يكون" (causeDeny), is denied; "did not rule out", "whether",
//     "فرضية", and causes of such events in general ("is usually caused by
//     ships' anchors", "any fault") leave it open (causeNotDenied,
//     causeOpen);
//   - a term that a cause word follows is the effect ("السيول ناجمة عن
//     الأمطار": causeEffect), and a cause given to a word of spreading
//     drove the event on, it did not start it ("امتد بفعل الرياح":
//     causeSpread);
//   - the archive drops a cause the claim's title names (Prepared.CauseTerms,
//     data's eventCause): on "تسرب غاز الكلور في ميناء بورتسودان" the leak
//     is the event, whatever led to it, and on "Passenger train hits
//     freight train" the collision ("hits", "يصطدم" are collision terms);
//   - classes nest (a short circuit is an electrical fault, which is a
//     technical one, which is an accident; a gas cylinder, a gas pipe and
//     a water heater are what gas leaked from; an attack is deliberate): two
//     causes conflict when neither holds the other, each side's most
//     specific causes taken (specific: "a technical fault in the power
//     supply" is a fault of the power supply); a denied cause conflicts
//     with a given one it holds ("not a technical problem" against "a short
//     circuit"), not with one it does not ("not a power cut" leaves a
//     technical fault open).
//
// # Negation and denial (markNegation, markConcessions)
//
// A negation or denial reaches past where a denial was made and past the
// title of who denies ("ونفى محافظ البنك المركزي", "نفت الحكومة العراقية";
// after an Arabic verb of denial, a long speaker: pastSpeakerTitle,
// pastApposition; after a ministry, "نفت وزارة الموارد المائية", no name,
// only a time set off by commas: bodyTitles), and through a denied that-clause, whose subject is not
// what is denied, ended by a verb of saying, by explain/mean/link or by "not
// as X claims", passed on by plan/intention/existence. A denial of reports
// reaches past where they circulated to what they tell (pastReport): the
// that-clause of "denied reports circulating on social media that ...", and
// after "ما تداولته حسابات على مواقع التواصل الاجتماعي عن" or "الأنباء عن"
// the one event the report tells ("عن وفاة طفلة" denies the death, not the
// child other accounts name too). A plain negation ends
// at a preposition after the word it negates (scopePreps: "لا زيادة في
// سعر"); غير negates one word, and a far word of a denial after a preposition
// is not denied (complement). These negate or deny nothing:
//
//   - "غير أن" and the "no" of "no more than" (markHowever);
//   - a concessive's object, the trial's terms "شهود النفي" and "أدلة النفي",
//     a refused request, a negated or offered denial, "without denying or
//     confirming", "dismissed" or "rejects" said of anything but a report;
//   - the wire's "no comment" formula ("رفض الإدلاء بأي تصريح" too, a
//     refusal of any statement), its sentences of what is not known or
//     could not be verified, a source's silence ("did not say how many"), and
//     the reporter's unanswered calls (noComment, commentAt);
//   - what a statement leaves open (a token's moot: the object of a "confirm
//     or deny", which also makes a pair neutral when only one side leaves the
//     shared words open; hypo: a condition, "if ... not", "إذا لم");
//   - a negation of another of a kind ("no further increases", "لزيادات
//     أخرى", or one more: "لا وفاة ثالثة", no third death; anotherOne);
//   - "not a single one", "ولم ينسحب جندي واحد": its "one" is no count
//     (withoutNotOne), nor is the figure a statement corrects, "three
//     students, not two, have died" (withoutCorrected);
//   - in a claim, a word of failure that one statement adds about something
//     the other does not name ("احتجاجاً على إلغاء عقد", objectShared);
//   - "ولا سيما" (especially), and a clause of purpose ("so the ground
//     would not collapse", "حتى لا", "لئلا": purposeNot, a token's hypo);
//   - one negation read with two scopes: a flip found each way ("the river
//     never rose like this" against "لم نر النهر يرتفع"), or a word of a
//     denial's scope the other statement denies too (mateDeniedToo);
//   - a denied cause: "did not die because of disorder, they died because
//     they were beaten" (negatesCause: "not" within three words of
//     "because", and another cause later in the sentence);
//   - after عدم, the object or subject of the verbal noun it negates ("عدم
//     حرق النفايات" leaves the rubbish; weakNegation);
//   - a past negation with "until" and a time, or لم or ما with إلا, which
//     says when a thing was done ("did not order the batch withdrawn until
//     Wednesday", "لم تصدر قرار السحب إلا يوم الأربعاء": onlyThen; its date
//     is then the day it was done, whenOnly); a future keeps its negation
//     ("will not reopen until Friday", "لن يبدأ ... إلا بعد العيد");
//   - "because" itself: "not because of the weather" denies the weather,
//     past the preposition where a plain negation ends;
//   - a source's request for anonymity ("who asked not to be named", "not
//     authorised to speak to the media", "طلب عدم الكشف عن اسمه", "غير مخول
//     بالتصريح": markAnonymity), whose words claim nothing either;
//   - "lies" as the verb of where a place is ("lies on the border",
//     facts.LiesAt), and "the opposition" of a parliament ("المعارضة",
//     oppositionBody);
//   - a word after a preposition that completes a negated noun ("no", ليس,
//     a denial of وجود) the other statement does not name: "تنفي وجود
//     تشققات في نفق" denies the cracks, not the tunnel (completesUnshared);
//     a negated verb's complement stays negated ("لا يحتاج إلى مصادقة");
//   - "now" or "yet" ("لا تعويضات حتى الآن", nowWords); "false" or "fake"
//     before a thing that is not a telling ("the false ceiling", "fake
//     medicines"; "false reports", "fake news" deny: toldThings); a ruling's
//     "بعدم دستورية" (markLegalTerms; بعدم and لعدم otherwise negate, and so
//     do خلو and خالية, free of); حملة
//     before what is held, the holders, no campaign ("من غير حملة شهادة
//     الصيدلة", markHolders);
//   - the subject after "أن يكون" or "أن تكون" in a denied clause, when it
//     carries the article ("نفى أن تكون الجامعة قد تأخرت" denies the delay);
//   - the subject of an English denied that-clause, before an auxiliary
//     ("denied its syrup was contaminated") or before a finite verb with no
//     auxiliary ("denied that the deal provides for ...", "that the army
//     shelled": englishVerbAt): the provision is denied, not the deal.
//
// A word of failure that is itself an antonym's pole ("رفض", rejected)
// says its pole: it does not negate itself (negatedAt); the "not" of a
// condition after the claim's word ("تعليق الإنتاج إذا لم يُفرج") negates the
// condition, not the word; a "not" after a noun before a verb of telling
// ("her death was never reported") negates the telling (toldAfter). A
// denial of a clause with a light verb ("denied that tear gas had been
// used") denies the clause's subject too (lightPassive).
//
// The lexicon's "الحد الأدنى"/minimum are limits, not falls.
//
// # Stance toward a claim (stance.go)
//
//   - A claim that only names an event has a head (claimHead); a title that
//     names an event has no predicate, and only a denial that governs one of
//     its words denies it; a negation or denial whose first word, past words
//     that frame it, is that event denies it (negatesHead), and so does an
//     English denial of a clause whose verb is the event ("denies oil
//     minister has resigned", clauseVerb), unless the claim names a denial
//     itself.
//   - A denial counts only in a clause on the claim, not when a concessive
//     word governs it, nor when it opens a clause of its own joined by "and"
//     after the predicate; a short statement's denial of another event done
//     to a word of the claim ("والأمن ينفي القبض على عمال", security denies
//     arresting workers, on a strike) denies nothing of it (deniesOther).
//   - What a delay puts off ("تأجيل بدء العام الدراسي", delayWords) names
//     the claim's event, not its predicate (markTerms): schools that "will
//     open" neither affirm nor deny the delay.
//   - A predicate or its opposite said of something the claim does not name
//     takes no stance (saidOfOther over governed, the words before and after a
//     pole word, with an English compound's head, compoundHead; a word the
//     claim names in the other script is the claim's; an object that is the
//     claim's event is the claim's, claimTerm); nor an opposite whose object
//     is a count ("acquitted three of the other defendants", countObject);
//     nor one a denial word governs ("ينفي توجيه المحافظ رسالة تحذير",
//     denies sending a warning, against "parliament approves": cueBefore);
//     nor one said of a place
//     or a measure alone, "rate", "سعر" (weakWord); against a claim whose
//     predicate is of a measure ("رفع سعر الخبز"), an opposite denies it only
//     with a measure word in its clause (measureSaid).
//   - A statement that shares most of a claim with no predicate affirms it,
//     unless it has a word of negation, failure or denial the claim does
//     not say too ("Central Bank of Iraq denies devaluation").
//   - A year that names the claim's thing ("the 2026 state budget", no
//     preposition before it) is no date another year denies (nameYear).
//   - A demanded event ("طالب بإقالة") is no event to stance, nor an opposite
//     said of an earlier time ("بعد أن رفعها").
//   - A direction in a country's name ("South Sudan", "جنوب السودان") is no
//     predicate (inName).
//   - One who survived denies no deadly event unless all did (survivalWords,
//     universalIn).
//   - An agreement settled ("توصلنا إلى اتفاق") tells of a change: it affirms
//     no claim that things stay as they are ("US forces will stay in Iraq",
//     statusQuo).
//   - A failure or negation before "before", "after" or قبل does not reach
//     the event after it ("warnings ignored before the classroom collapse",
//     timeBreaks); "without" after a word of the claim negates what follows
//     it, not the word ("the withdrawn notes without having to prove",
//     withoutWords); a denial of something the claim does not name stops at
//     the preposition after it ("تنفي وجود تشققات في نفق", deniesTopic).
//   - A halt told in English ("halted", a failure cue) affirms a claim whose
//     event is a halt in either language ("يوقف موسم الصيد", claimHalts).
//   - A claim of two parts joined by a comma is judged part by part
//     (claimParts, StanceResult.Part); the archive's judge sets two stances
//     against each other only on one part.
//
// # Words, places and names (places.go, translit.go, lexicon.go)
//
// Places, nationalities and the members of the other closed classes
// (currencies, colours, kin, weekdays...) are matched by their written forms,
// not by stem alone: "وأن" is no currency, "البحر" is not البحرين, "الغاز"
// not بنغازي, "using" not the US, and a name listed without the article does
// not take it. Words the stemmer folds onto an antonym's word they are not
// (notTheirStem: "الإعلان" is not أعلى, "nearly" not "near") or onto an
// outcome word (notOutcome: "وفي" is no death) are told apart, and so are
// an antonym's words used as no pole: "في البداية" (at first), "من ارتفاع"
// (from a height) (noPole). A colour is one
// in both scripts ("Red", "الأحمر"). Names meet across scripts by their
// consonant skeleton ("Amal Haddad", "أمل حداد"; "Hatem al-Rubaie"), and a
// place of the lexicon meets its name in the other script in the overlap
// of two statements (onePlaceAcross: "Baghdad", "بغداد"). "U.S."
// and "a.m." are one word each (textnorm.Initialism). The lexicon's folded
// tables are generated (lexicon_gen.go, go generate). A synonym line gives
// its words one concept, and a later line that shares a key takes it over:
// a word's forms and synonyms are listed in one line ("woman women lady
// امرأة سيدة نساء", "withdraw withdrew انسحب انسحبت"), or the class swap
// and the negation see two words (TestSynonymLinesAreDisjoint). An Arabic
// past with the feminine ending the lexicon does not know has its
// masculine's id ("هربت", "هرب": pastFeminine). News words and verbs of
// both languages share lines so that two accounts of one event meet on
// their predicate (visited/زار, seized/ضبطت, voted/صوّت, injured/أصيب), a
// homonym left out and named where one was tried (وقع, هبط, اليمين). Weapons
// are a class ("بندقية صيد" is no "مسدس"; "gun" and "سلاح" name any).
//
// # Swaps (swaps, extraSwaps, roleSwap)
//
// Two words of one closed class in one place conflict ("red" for "blue");
// a synonym or a hypernym agrees. A word one side says more often than the
// other, left out of the two texts' longest common run of words (surplus),
// stands in another word's place: "a man and woman" against "a man and
// man", "a blue jacket and a black jacket" against "a black jacket and a
// black jacket" (extraSwaps, after the first pass, and only for members of
// a closed class other than places). Roles swap between two names of one
// kind that trade places around the same words ("Brazil beat Germany"), not
// between a gender word and a weekday that two languages order differently.
package relation
