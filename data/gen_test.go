package data

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// devSentences reads the statements of the project's development pairs
// (../shared/eval/dev from the repository root) when they are there.
func devSentences() []string {
	dir := filepath.Join("..", "..", "shared", "eval", "dev")
	files, _ := filepath.Glob(filepath.Join(dir, "*.tsv"))
	seen := map[string]bool{}
	var out []string
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		first := true
		for sc.Scan() {
			if first {
				first = false
				continue
			}
			cols := strings.Split(sc.Text(), "\t")
			if len(cols) < 4 {
				continue
			}
			for _, s := range cols[2:4] {
				s = strings.NewReplacer(`\n`, " ", `\t`, " ", `\\`, `\`).Replace(s)
				s = strings.TrimSpace(s)
				if s != "" && !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
		fh.Close()
	}
	return out
}

// generator makes article-like texts in Arabic and English, from the
// development sentences when present, else from templates.
type generator struct {
	r    *rand.Rand
	pool []string
}

var (
	genArSubj = []string{"القوات الأمريكية", "الحكومة العراقية", "مسؤول أمريكي كبير", "زعيم فصيل مسلح", "المتحدث باسم البنتاغون", "مستشار رئيس الوزراء", "وزارة الدفاع", "التحالف الدولي"}
	genArVerb = []string{"قال إن", "أكد أن", "نفى أن", "أوضح أن", "أشار إلى أن", "صرح بأن"}
	genArObj  = []string{"الانسحاب من العراق سيكتمل بحلول سبتمبر 2025", "لا نية للانسحاب", "المحادثات الفنية انتهت", "نحو 2500 جندي سيبقون في العراق", "الاتفاق سيعلن قريبا", "القوات ستبقى في سوريا", "مئات الجنود سيغادرون قاعدة عين الأسد"}
	genEnSubj = []string{"US forces", "The Iraqi government", "A senior US official", "A militia leader", "The Pentagon spokesman", "The prime minister's adviser", "The coalition", "Reuters"}
	genEnVerb = []string{"said that", "confirmed that", "denied that", "reported that", "stressed that", "told reporters that"}
	genEnObj  = []string{"the withdrawal from Iraq will end by September 2025", "there is no plan to withdraw", "technical talks have ended", "about 2,500 troops will remain in Iraq", "the agreement will be announced soon", "troops will stay in Syria", "hundreds of soldiers will leave Ain al-Asad"}
)

func newGenerator(seed int64) *generator {
	return &generator{r: rand.New(rand.NewPCG(uint64(seed), 99)), pool: devSentences()}
}

func (g *generator) sentence() string {
	if len(g.pool) > 0 && g.r.IntN(3) > 0 {
		s := g.pool[g.r.IntN(len(g.pool))]
		if !strings.ContainsAny(s[len(s)-1:], ".!?") && !strings.HasSuffix(s, "؟") {
			s += "."
		}
		return s
	}
	if g.r.IntN(2) == 0 {
		return genArSubj[g.r.IntN(len(genArSubj))] + " " + genArVerb[g.r.IntN(len(genArVerb))] + " " + genArObj[g.r.IntN(len(genArObj))] + "."
	}
	return genEnSubj[g.r.IntN(len(genEnSubj))] + " " + genEnVerb[g.r.IntN(len(genEnVerb))] + " " + genEnObj[g.r.IntN(len(genEnObj))] + "."
}

// article is n sentences in paragraphs of three, made unique by i.
func (g *generator) article(i, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Report %d.\n\n", i)
	for j := 0; j < n; j++ {
		b.WriteString(g.sentence())
		if j%3 == 2 {
			b.WriteString("\n\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}
