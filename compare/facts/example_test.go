package facts_test

import (
	"fmt"

	"github.com/claimdiff/claimdiff/compare/facts"
)

func ExampleExtract() {
	f := facts.Extract("وتحتفظ الولايات المتحدة بنحو 2500 جندي في العراق، ولن تنسحب قبل نهاية 2026")
	for _, n := range f.Numbers {
		fmt.Printf("number %s = %v approx=%v\n", n.Text, n.Value, n.Approx)
	}
	for _, d := range f.Dates {
		fmt.Printf("date %q year=%d qualifier=%s prep=%s\n", d.Text, d.Year, d.Qualifier, d.Prep)
	}
	for _, c := range f.Cues {
		fmt.Printf("cue %s %s\n", c.Text, c.Kind)
	}
	// Output:
	// number 2500 = 2500 approx=true
	// date "قبل نهاية 2026" year=2026 qualifier=end prep=before
	// cue لن negation
}

// A year is a date, not a number; a number in the year range followed by
// the noun it counts stays a number.
func ExampleNumbers() {
	for _, s := range []string{"The coalition was formed in 2014.", "Some 2000 troops remain.", "ألفين وخمسمئة جندي"} {
		for _, n := range facts.Numbers(s) {
			fmt.Printf("%s: %v unit=%s\n", n.Text, n.Value, n.Unit)
		}
	}
	// Output:
	// 2000: 2000 unit=troop
	// ألفين وخمسمئة: 2500 unit=جند
}

// The two Arabic month series name the same months, and "آب" (August) is
// only a month where a date is expected: "أب" is "father".
func ExampleDates() {
	for _, s := range []string{"بحلول أيلول 2025", "بحلول سبتمبر 2025", "by Sept. 2025", "في 21 من آب الماضي", "قال أب الضحية"} {
		for _, d := range facts.Dates(s) {
			fmt.Printf("%s: %d-%02d-%02d %s relative=%q\n", d.Text, d.Year, d.Month, d.Day, d.Qualifier, d.Relative)
		}
	}
	fmt.Println(facts.Dates("في غضون عامين")[0].Period)
	// Output:
	// بحلول أيلول 2025: 2025-09-00 by relative=""
	// بحلول سبتمبر 2025: 2025-09-00 by relative=""
	// by Sept. 2025: 2025-09-00 by relative=""
	// في 21 من آب الماضي: 0-08-21 in relative="last"
	// 2y
}

// "ما زال" means "still", not "not": it is no negation.
func ExampleCues() {
	for _, s := range []string{"ما زالت تشكل خطرا", "لم تعد تشكل خطرا", "He didn't deny it"} {
		fmt.Printf("%q:", s)
		for _, c := range facts.Cues(s) {
			fmt.Printf(" [%s %s]", c.Text, c.Kind)
		}
		fmt.Println()
	}
	// Output:
	// "ما زالت تشكل خطرا":
	// "لم تعد تشكل خطرا": [لم تعد negation]
	// "He didn't deny it": [didn't negation] [deny denial]
}
