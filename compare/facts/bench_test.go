package facts

import (
	"testing"
	"unicode/utf8"
)

// articleSample holds paragraphs of the project's reference article (an
// Enab Baladi report on a US withdrawal from Iraq), so that tests and
// benchmarks run without the shared data.
const articleSample = `قال قيادي في “المقاومة الإسلامية بالعراق”، وهي مجموعة من الفصائل العسكرية المدعومة من إيران، إنه لا يصدق المعلومات عن نية أمريكية للانسحاب من العراق بموجب خطة أعدتها الحكومة العراقية قبل أيام.
وقال القيادي في “المقاومة الإسلامية”، علي الطائي، إن التصريحات بخصوص اقتراب موعد انسحاب قوات التحالف “محض كذب من قبل الولايات المتحدة”.
“المقاومة الإسلامية في العراق” هي تحالف من الفصائل العسكرية التي تشير إليها الولايات المتحدة على أنها وكيلة لإيران، وتنتشر في العراق وسوريا، وهي المسؤولة عن معظم الاستهدافات التي طالت القواعد الأمريكية منذ منتصف تشرين الأول 2023.
وفي 6 من أيلول الحالي، نقلت وكالة “رويترز” عن مصادر متعددة مطلعة أن خطة اتفق عليها على نطاق واسع بين أمريكا والعراق، حول انسحاب قوات التحالف الدولي، لكنها تتطلب موافقة نهائية في العاصمتين، وتاريخًا للإعلان، وستجري مغادرة مئات عناصر القوات بحلول أيلول 2025، مع مغادرة الباقين بحلول نهاية 2026.
وقال مسؤول أمريكي كبير (لم تسمه الوكالة)، “توصلنا إلى اتفاق، والآن السؤال متى سيتم الإعلان عنه”.
وتشمل المصادر خمسة مسؤولين أمريكيين ومسؤولين من دول أخرى في التحالف، وثلاثة مسؤولين عراقيين، رفضوا جميعًا الكشف عن هوياتهم، وأكد بعضهم أن الصفقة سيجري الإعلان عنها هذا الشهر.
وتحتفظ الولايات المتحدة بنحو 2500 جندي في العراق، و900 جندي في سوريا، كجزء من “التحالف” الذي تشكل عام 2014 لمحاربة تنظيم “الدولة الإسلامية” في البلدين.
وفي 1 من أيلول الحالي، قال رئيس الوزراء العراقي، محمد شياع السوداني، إن فلول تنظيم “الدولة الإسلامية” لم تعد تشكل خطرًا على الدولة العراقية.
ومع تنامي استهدافات القواعد الأمريكية بسوريا والعراق في تشرين الثاني 2023، قال السكرتير الصحفي لوزارة الدفاع الأمريكية (البنتاجون)، بات رايدر، إن وكلاء إيران يستغلون “الحرب” الدائرة في غزة لدفع أمريكا نحو الانسحاب من سوريا والعراق.
وفق مقال نشره جوش روجين وهو كاتب متخصص في السياسة الخارجية والأمن القومي، بصحيفة “واشنطن بوست” الأمريكية، في 21 من آب الماضي، لا يعتبر توجه إدارة بايدن للانسحاب من سوريا قابلًا للاكتمال في الوقت القريب.
وأضاف أن خطوة من هذا النوع قد تمهد الطريق لتفاقم أزمة الشرق الأوسط التي سيتحمل خليفة بايدن مسؤوليتها.
وقال الكاتب الأمريكي، إن مسؤولين (لم يسمّهم) أبلغوه أن المسؤولين العسكريين الأمريكيين والعراقيين يتحدثون علنًا أنهم يتفاوضون على اتفاق، ومن شأن هذا الاتفاق أن ينهي رسميًا عملية “العزم الصلب”، التي أطلقها التحالف الدولي في عام 2014 ضد التنظيم.
ومن المتوقع أيضًا أن يدعو الرئيس الأمريكي إلى انسحاب جميع القوات الأمريكية من العراق في غضون عامين، وفق ما نقله الكاتب عن مصادر.
الإعلان عن الصفقة كان مقررًا خلال آب نفسه، لكنه تأخر بسبب “التطورات الأخيرة”، بحسب ما قالت وزارة الخارجية العراقية سابقًا.
وتشمل التطورات الهجمات التي شنتها الميليشيات التي ترعاها إيران على القوات الأمريكية في العراق، فضلًا عن تصاعد التوترات مع إيران بعد مقتل رئيس المكتب السياسي لـ”حركة المقاومة الإسلامية” (حماس)، إسماعيل هنية، في طهران في تموز الماضي، وفق روجين.
وقال روجين، إن الإعلان عن انسحاب القوات الأمريكية، حتى مع وجود جدول زمني مدته عامان، من شأنه أن يشير إلى تخلي الولايات المتحدة عن المنطقة في وقت يتطلع فيه حلفاء واشنطن لزيادة الردع ضد إيران.`

const titleAr = "تحتفظ الولايات المتحدة بنحو 2500 جندي في العراق بحلول نهاية 2026"
const titleEn = "US denies it will withdraw about 2,500 troops from Iraq by September 2025"

func BenchmarkExtractTitleAr(b *testing.B) {
	for b.Loop() {
		Extract(titleAr)
	}
}

func BenchmarkExtractTitleEn(b *testing.B) {
	for b.Loop() {
		Extract(titleEn)
	}
}

func BenchmarkExtractArticle(b *testing.B) {
	b.SetBytes(int64(len(articleSample)))
	for b.Loop() {
		Extract(articleSample)
	}
}

var fuzzSeeds = []string{
	titleAr, titleEn, "", "٢٬٥٠٠ و٢٫٥ مليون", "2,500.5%", "6/9/2025 0933-123-456 +1 202",
	"ألفين وخمسمئة وثلاثة وعشرون ألفا", "by the end of 2026 within two years", "ما زال لا يزال لم يعد",
	"\xff\xfe\xd8", "و\xd8ما", "ﻻ ﺗﻨﺴﺤﺐ", "F-16 أس-300 1st 2nd", "mid-- in- May. Sept.", "عشرات من من الآلاف",
	"a a a hundred and and", "نصف", "half a", "2014-2016 1/2 9/2025", "Mayday 12,34,567",
}

func checkFuzzSpans(t *testing.T, text string, f Facts) {
	t.Helper()
	n := utf8.RuneCountInString(text)
	runes := []rune(text)
	type span struct {
		s, e int
		txt  string
	}
	var groups [3][]span
	for _, x := range f.Numbers {
		groups[0] = append(groups[0], span{x.Start, x.End, x.Text})
	}
	for _, x := range f.Dates {
		groups[1] = append(groups[1], span{x.Start, x.End, x.Text})
	}
	for _, x := range f.Cues {
		groups[2] = append(groups[2], span{x.Start, x.End, x.Text})
	}
	for g, spans := range groups {
		prev := 0
		for _, sp := range spans {
			if sp.s < 0 || sp.s >= sp.e || sp.e > n {
				t.Fatalf("kind %d: span [%d,%d) out of range (%d runes) in %q", g, sp.s, sp.e, n, text)
			}
			if string(runes[sp.s:sp.e]) != string([]rune(sp.txt)) {
				t.Fatalf("kind %d: Text %q is not runes[%d:%d] in %q", g, sp.txt, sp.s, sp.e, text)
			}
			if sp.s < prev {
				t.Fatalf("kind %d: span [%d,%d) overlaps previous end %d in %q", g, sp.s, sp.e, prev, text)
			}
			prev = sp.e
		}
	}
}

func addSeeds(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
}

func FuzzExtract(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) { checkFuzzSpans(t, s, Extract(s)) })
}

func FuzzNumbers(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) { checkFuzzSpans(t, s, Facts{Numbers: Numbers(s)}) })
}

func FuzzDates(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) { checkFuzzSpans(t, s, Facts{Dates: Dates(s)}) })
}

func FuzzCues(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) { checkFuzzSpans(t, s, Facts{Cues: Cues(s)}) })
}
