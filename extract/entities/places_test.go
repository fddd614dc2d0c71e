package entities

import (
	"slices"
	"testing"

	"github.com/negograph/negograph/extract/arabic"
)

func placesKnown() []Known {
	return append(testKnown(),
		Known{ID: "country:lebanon", Label: "Country", Name: "Lebanon", NameAr: "لبنان", Adjectives: []string{"لبناني", "لبنانية"}, Capital: "venue:beirut"},
		Known{ID: "country:iraq", Label: "Country", Name: "Iraq", NameAr: "العراق", Adjectives: []string{"عراقي", "عراقية"}, Capital: "venue:baghdad"},
		Known{ID: "venue:beirut", Label: "Venue", Name: "Beirut", NameAr: "بيروت", Country: "country:lebanon"},
		Known{ID: "venue:baghdad", Label: "Venue", Name: "Baghdad", NameAr: "بغداد", Country: "country:iraq"},
		Known{ID: "venue:gaza", Label: "Venue", Name: "Gaza", NameAr: "غزة", Aliases: []string{"مدينة غزة"}, Country: "country:palestine"},
		Known{ID: "org:carthage-palace", Label: "Organization", Name: "Carthage Palace", NameAr: "قصر قرطاج"},
	)
}

func TestUnknownPlaces(t *testing.T) {
	r := NewRecognizer(placesKnown())
	tests := []struct {
		name    string
		text    string
		want    []string
		country map[string]string // entity id -> country
	}{
		{"palace after في, its country from the capital after it",
			"عقدت الجلسة في قصر الضيافة بالعاصمة الأردنية.",
			[]string{"قصر الضيافة=venue:قصر-الضيافه/site", "الأردنية=country:jordan/adjective"},
			map[string]string{"venue:قصر-الضيافه": "country:jordan"}},
		{"hotel with ب, two foreign words, in a known city",
			"ونزل الوفد بفندق فور سيزونز في عمّان.",
			[]string{"فندق فور سيزونز=venue:فندق-فور-سيزونز/site", "عمّان=venue:amman/name"},
			map[string]string{"venue:فندق-فور-سيزونز": "country:jordan"}},
		{"a stadium and a suburb",
			"وأقيمت المباراة في ملعب الوحدة الكبير في ضاحية مرجان قرب عمّان.",
			[]string{"ملعب الوحدة=venue:ملعب-الوحده/site", "مرجان=venue:مرجان/context", "عمّان=venue:amman/name"},
			nil},
		{"the palace of an office",
			"واستقبل الرئيس ضيفه في القصر الرئاسي ببغداد.",
			[]string{"القصر الرئاسي=venue:القصر-الرئاسي/site", "بغداد=venue:baghdad/name"},
			map[string]string{"venue:القصر-الرئاسي": "country:iraq"}},
		{"a host verb before the palace",
			"وكانت الجولة الأولى قد احتضنها قصر المرجان قبل شهر.",
			[]string{"قصر المرجان=venue:قصر-المرجان/site"}, nil},
		{"a palace speaking is the institution", "وأعلن القصر الجمهوري تأجيل الزيارة.", nil, nil},
		{"a listed palace stays an organization", "وقال قصر قرطاج إن الرئيس سيستقبل الوفد.",
			[]string{"قصر قرطاج=org:carthage-palace/name"}, nil},
		{"shortness, not a palace", "وبسبب قصر المدة لم يتم الاتفاق.", nil, nil},
		{"a palace without a place context", "ويعد قصر المرجان من أجمل المباني.", nil, nil},
		{"the seat of an organization is no venue", "واجتمع الوفدان في مقر البعثة الأممية في بيروت.",
			[]string{"بيروت=venue:beirut/name"}, nil},
		{"a town named by its class noun, then bare",
			"سقطت قذيفة على بلدة الخيام الحدودية، وأكد سكان الخيام أن القصف مستمر.",
			[]string{"الخيام=venue:الخيام/context", "الخيام=venue:الخيام/context"}, nil},
		{"a one-word name that is also a common word counts again only as a place",
			"وصل الوفد إلى بلدة الأمل، وقال إن الأمل ما زال قائما في الأمل وسواها.",
			[]string{"الأمل=venue:الامل/context", "الأمل=venue:الامل/context"}, nil},
		{"two villages and their countries",
			"اندلعت اشتباكات قرب قريتي تل الورد الأردنية ومرج السنابل السورية.",
			[]string{"تل الورد=venue:تل-الورد/context", "الأردنية=country:jordan/adjective", "مرج السنابل=venue:مرج-السنابل/context"},
			map[string]string{"venue:تل-الورد": "country:jordan"}},
		{"a known city after its class noun stays known", "ووصل الوفد إلى مدينة غزة.",
			[]string{"مدينة غزة=venue:gaza/name"}, nil},
		{"a bare name located by a direction and a country",
			"وعقد اللقاء في المنصورية جنوبي لبنان.",
			[]string{"المنصورية=venue:المنصوريه/context", "لبنان=country:lebanon/name"},
			map[string]string{"venue:المنصوريه": "country:lebanon"}},
		{"a bare name with a border adjective", "ووصلت التعزيزات إلى الطيبة الحدودية.",
			[]string{"الطيبة=venue:الطيبه/context"}, nil},
		{"a class noun with the article is no name", "وانفجرت العبوة في المبنى جنوبي لبنان.",
			[]string{"لبنان=country:lebanon/name"}, nil},
		{"a region is no town", "وتصاعدت المعارك في منطقة الشرق الأوسط.", nil, nil},
		{"an area needs to be located", "وانتشرت القوات في منطقة العمليات.", nil, nil},
		{"an adjective after the class noun", "ويعيش في بلدة صغيرة قرب الحدود.", nil, nil},
		{"an indefinite adjective in -iyya", "ويعيش في بلدة زراعية قرب النهر.", nil, nil},
		{"the Arabian Peninsula is no island town", "وانتشر الإسلام في جزيرة العرب.", nil, nil},
		{"a war noun before a direction", "واستمر القتال جنوبي لبنان.", []string{"لبنان=country:lebanon/name"}, nil},
		{"a port without a place context", "وهز انفجار ميناء الشهيد أمس.", nil, nil},
		{"a resort names the town after it, its country from the adjective",
			"واختتمت المحادثات في منتجع الواحة الأردني بعد أسبوع.",
			[]string{"الواحة=venue:الواحه/context", "الأردني=country:jordan/adjective"},
			map[string]string{"venue:الواحه": "country:jordan"}},
		{"a bare name located near a known city",
			"وكانت آخر جولة قد عقدت في الصافية قرب بيروت قبل عامين.",
			[]string{"الصافية=venue:الصافيه/context", "بيروت=venue:beirut/name"},
			map[string]string{"venue:الصافيه": "country:lebanon"}},
		{"near, written with بالقرب من",
			"ونزل الوفد في الصافية بالقرب من بيروت.",
			[]string{"الصافية=venue:الصافيه/context", "بيروت=venue:beirut/name"},
			map[string]string{"venue:الصافيه": "country:lebanon"}},
		{"a war noun near a city is no town", "وقتل ثلاثة في اشتباك قرب بيروت.",
			[]string{"بيروت=venue:beirut/name"}, nil},
		{"a hotel outside the city has no name", "وجرت الجلسات في فندق خارج المدينة.", nil, nil},
		{"a hotel inside the capital has no name", "واجتمع الوفدان في فندق داخل العاصمة.", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := r.Recognize(tt.text, arabic.Tokens(tt.text))
			for _, m := range res.Mentions {
				if m.Kind == KindSite {
					t.Fatalf("site %q among the mentions", m.Surface)
				}
			}
			all := append(slices.Clone(res.Mentions), res.Sites...)
			slices.SortFunc(all, func(a, b Mention) int { return a.Start - b.Start })
			if got := describe(tt.text, all); !slices.Equal(got, tt.want) {
				t.Fatalf("got %q, want %q", got, tt.want)
			}
			for id, c := range tt.country {
				e := res.Entities[id]
				if e == nil || e.Label != "Venue" || e.Known || e.Country != c {
					t.Fatalf("entity %s = %+v, want an unknown Venue in %s", id, e, c)
				}
			}
		})
	}
}
