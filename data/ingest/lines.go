package ingest

import (
	"regexp"
	"strings"
	"sync"
	"unicode"

	"github.com/claimdiff/claimdiff/compare/facts"
)

// Line rules catch what the page structure did not mark: paragraphs that
// are labels, links, credits or appeals, not statements. Each rule is
// anchored on the whole paragraph or on its start and limited to short
// paragraphs, so a sentence that merely mentions these words stays.
var (
	// "Read more: …", "Related: …", "اقرأ أيضا: …" – a link to another story.
	reReadMore = lazy(`(?i)^[\p{P}\s]*(read more|read also|also read|read next|related|related stories|related articles|see also|more on this story|recommended|watch|watch also|listen|اقرأ|إقرأ|اقرا|إقرا|شاهد|طالع|تابع|اقرأ المزيد|مواضيع ذات صلة|ذات صلة|أخبار ذات صلة|قد يهمك|للمزيد)(\s+(أيضا|أيضًا|أيضاً|ايضا|ايضاً|كذلك))?\s*[:：\-–»]`)
	// Photo credits: "REUTERS/Name/File Photo", "(Photo by … /Getty Images)".
	// Arabic "اقرأ أيضا" needs no colon; English labels do.
	reReadAlso = lazy(`^[\p{P}\s]*(اقرأ|إقرأ|اقرا|إقرا|شاهد|طالع|تابع|اقرأ المزيد)\s+(أيضا|أيضًا|أيضاً|ايضا|ايضاً|كذلك)`)
	reCredit   = lazy(`(?i)((?-i:\b(REUTERS|AFP|AP|EPA|EPA-EFE|GETTY|ANADOLU|XINHUA|SPUTNIK|BLOOMBERG|SANA|WANA|IRNA)/\p{Lu})|purchase licensing rights|(^|\()\s*(photo|photograph|picture|image|file photo|صورة|الصورة)(\s+by)?\s*[:：]?[^()]{0,80}/[^()]{0,60}\)?\s*$|getty images\)?\s*$|^\(?\s*(photo|photograph|picture|image|credit|photo credit|الصورة|صورة|تصوير)\s*(by)?\s*[:：])`)
	// A caption ending with an agency in brackets: "… (الفرنسية)", "… (AFP)".
	reAgencyEnd = lazy(`(?i)[(\[]\s*(الفرنسية|رويترز|الأناضول|أسوشيتد برس|الأوروبية|غيتي|غيتي إيميجز|أ ف ب|أ\.ف\.ب|أ ب|د ب أ|إ ب أ|وكالات|مواقع التواصل|مواقع التواصل الاجتماعي|أرشيف|أرشيفية|الجزيرة|شترستوك|afp|ap|reuters|getty|getty images|epa|anadolu|shutterstock|file|archive|social media|ap photo|afp via getty images)\s*[)\]]\s*$`)
	reReporting = lazy(`(?i)^\(?\s*((additional )?reporting|writing|editing|compiled|edited|translated)( and editing| and writing)? by\b`)
	reStandards = lazy(`(?i)^our standards\s*:`)
	reAdLabel   = lazy(`(?i)^(إعلان|اعلان|إعلان ممول|محتوى ممول|محتوى مدفوع|advertisement|ad|sponsored|sponsored content|paid content|paid post|promoted|partner content|scroll to continue|advertisement\s*[-–·]\s*scroll to continue( with content)?)\s*([:：\-–].{0,120})?$`)
	reAppeal    = lazy(`(?i)^(sign up (for|to)|subscribe (to|now|today|for)|get (our|the) .{0,40}newsletter|have a (news )?tip|got a (news )?tip|we have a small favou?r to ask|support (our|independent|quality) journalism|make a contribution|donate (now|today)|follow us on|join (us|our) on|download (our|the) app|اشترك في|اشتركوا في|للاشتراك في|تابعونا على|تابعوا آخر|تابعوا أخبار|تابعونا عبر|تابعوا .{0,40}(تلغرام|تليغرام|تويتر|فيسبوك|واتساب|يوتيوب|إنستغرام|قناتنا)|حمّل تطبيق|حمل تطبيق|لديك معلومة|ادعم)`)
	// Appeals that outlets phrase the same way wherever they put them.
	reAppealAny  = lazy(`(?i)(we have a small favou?r to ask|make a contribution from just|support (our|independent|quality) journalism|sign up for (our|the) [\p{L} ]{0,40}newsletter|purchase licensing rights|لدعم صحافتنا|ادعم صحافتنا)`)
	reKeyLabel   = lazy(`(?i)^(key points|key takeaways|takeaways|highlights|in brief|summary|at a glance|what you need to know|the big picture|أبرز النقاط|النقاط الرئيسية|باختصار|ملخص|أبرز ما جاء|نقاط رئيسية|الخلاصة)\s*[:：]?$`)
	reShareLabel = lazy(`(?i)^(share|share this( article| story)?|share on \w+|click here.*|comments?|leave a comment|تعليقات( القراء)?|شارك|شارك الخبر|مشاركة|أضف تعليق|التعليقات)\s*[:：]?$`)
)

// dateWords are the words a timestamp line may hold besides the date.
var dateWords = map[string]bool{
	"updated": true, "update": true, "published": true, "posted": true, "last": true, "ago": true,
	"hours": true, "hour": true, "minutes": true, "minute": true, "mins": true, "min": true, "hrs": true, "hr": true,
	"days": true, "day": true, "seconds": true, "on": true, "at": true, "am": true, "pm": true, "a.m.": true, "p.m.": true,
	"gmt": true, "utc": true, "bst": true, "cet": true, "cest": true, "est": true, "edt": true, "et": true, "pt": true,
	"pst": true, "pdt": true, "ast": true, "msk": true, "just": true, "now": true, "today": true, "yesterday": true,
	"منذ": true, "ساعة": true, "ساعات": true, "ساعتين": true, "دقيقة": true, "دقائق": true, "يوم": true, "أيام": true,
	"نشر": true, "نُشر": true, "في": true, "تحديث": true, "آخر": true, "اخر": true, "محدث": true, "بتوقيت": true,
	"غرينتش": true, "مكة": true, "المكرمة": true, "القدس": true, "بغداد": false, "صباحا": true, "صباحاً": true,
	"مساء": true, "مساءً": true, "ص": true, "م": true, "تاريخ": true, "النشر": true, "التحديث": true,
	"الأحد": true, "الاثنين": true, "الإثنين": true, "الثلاثاء": true, "الأربعاء": true, "الاربعاء": true,
	"الخميس": true, "الجمعة": true, "السبت": true, "sunday": true, "monday": true, "tuesday": true,
	"wednesday": true, "thursday": true, "friday": true, "saturday": true, "sun": true, "mon": true,
	"tue": true, "tues": true, "wed": true, "thu": true, "thur": true, "thurs": true, "fri": true, "sat": true,
	"هـ": true, "ه": true, "م.": true,
}

// agencies in a dateline such as "بغداد - وكالات" or "BAGHDAD (Reuters)".
var datelineAgency = lazy(`(?i)^[\p{L} .'’]{2,30}\s*([-–—:]\s*|\(\s*)(وكالات|الوكالات|رويترز|الفرنسية|أ ف ب|الأناضول|سبوتنيك|reuters|afp|ap|agencies|staff|bbc)\s*\)?$`)

// isJunkLine reports whether a paragraph of an HTML page is not article
// text.
func isJunkLine(p string) bool {
	words := len(strings.Fields(p))
	if words == 0 {
		return true
	}
	short := words <= 30
	switch {
	case words <= 25 && (reReadMore.MatchString(p) || reReadAlso.MatchString(p)):
		return true
	case short && (reCredit.MatchString(p) || reAgencyEnd.MatchString(p)):
		return true
	case words <= 40 && reReporting.MatchString(p):
		return true
	case short && reStandards.MatchString(p):
		return true
	case words <= 20 && reAdLabel.MatchString(p):
		return true
	case words <= 40 && reAppeal.MatchString(p), words <= 60 && reAppealAny.MatchString(p):
		return true
	case words <= 6 && (reKeyLabel.MatchString(p) || reShareLabel.MatchString(p)):
		return true
	case words <= 6 && datelineAgency.MatchString(p):
		return true
	case words <= 16 && isDateLine(p):
		return true
	}
	return false
}

// isDateLine reports whether a paragraph holds only a date or time, with
// at most a place before a dash ("بغداد - 15/09/2024") and words such as
// "Updated", "GMT" or "منذ ساعتين". A sentence that contains a date has
// other words and is kept.
func isDateLine(p string) bool {
	hasDigit := strings.IndexFunc(p, unicode.IsDigit) >= 0
	if !hasDigit {
		return false
	}
	rs := []rune(p)
	var keep []rune
	at := 0
	found := false
	for _, d := range facts.Dates(p) {
		if d.Start < at || d.End > len(rs) {
			continue
		}
		keep = append(keep, rs[at:d.Start]...)
		keep = append(keep, ' ')
		at = d.End
		found = true
	}
	keep = append(keep, rs[at:]...)
	rest := string(keep)
	// A place before a dash or comma: "BAGHDAD, Sept 15 -" is a sentence
	// opening, not a line, but a lone "بغداد - 15/09/2024" is.
	if i := strings.IndexAny(rest, "-–—"); i > 0 && len(strings.Fields(rest[:i])) <= 3 && found {
		rest = rest[i:]
	}
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '·' || r == '•' || r == '-' || r == '–' || r == '—' || r == ',' || r == '،' || r == '(' || r == ')'
	}) {
		lw := strings.ToLower(strings.Trim(w, ".:"))
		if lw == "" || dateWords[lw] || dateWords[strings.ToLower(w)] || isClock(lw) {
			continue
		}
		return false
	}
	return true
}

var clockWord = lazy(`^\d{1,2}([:.]\d{2}){1,2}(am|pm)?$|^\d{1,4}$|^\d{1,4}[/.\-]\d{1,2}([/.\-]\d{1,4})?$`)

func isClock(w string) bool { return clockWord.MatchString(w) }

// dropJunkLines removes non-article paragraphs from extracted text.
func dropJunkLines(text string) string {
	paras := strings.Split(text, "\n\n")
	out := paras[:0]
	for _, p := range paras {
		if strings.TrimSpace(p) == "" || isJunkLine(p) {
			continue
		}
		out = append(out, p)
	}
	return strings.Join(out, "\n\n")
}

// lazyRE is a pattern compiled on first use: the line rules took 3-4 ms to
// compile at start-up, which every command paid, HTML or not.
type lazyRE struct {
	once sync.Once
	src  string
	re   *regexp.Regexp
}

func lazy(src string) *lazyRE { return &lazyRE{src: src} }

func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRE) MatchString(s string) bool { return l.get().MatchString(s) }

func (l *lazyRE) ReplaceAllString(s, repl string) string { return l.get().ReplaceAllString(s, repl) }
