package meetings

import (
	"slices"
	"strings"

	"github.com/negograph/negograph/internal/article"
)

// frame is what one trigger word and the words around it say about a
// meeting, before frames are folded into meetings.
type frame struct {
	kind trigKind
	// mood says whether the clause reports the event as real.
	mood mood
	// multiDay marks a frame that says the event lasted several days.
	multiDay bool
	// began is the day a relative clause says the round began, if any.
	began article.Date
	// trip marks talks a trip was made for: one side went to meet the other.
	trip bool
	// subject is the side of the subject of a meeting verb, if found.
	subject string
	// prior marks "the previous round": an earlier round of the channel.
	prior bool
	// spanned marks a round named a span of time away from the reported
	// one ("بعد نحو شهر من لقاء …"): it takes no date of the sentence.
	spanned   bool
	trig      int // trigger token
	pre, end  int // [pre, trig) words before it in its clause, [trig, end) its window
	sentence  int
	parties   []string
	anaphoric bool
	// other marks "another round": a new meeting of the current channel.
	other bool
	// theNew marks "الجولة الجديدة" (definite): the new round the article
	// reports, not another one ("جولة جديدة").
	theNew bool
	// background marks a frame that only dates another event ("when the
	// talks took place") or recalls "the last talks": it never becomes the
	// current meeting.
	background bool
	// inherited marks parties taken from the previous frame of the sentence.
	inherited bool
	// item marks one round of an enumeration ("والثانية في روما يوم 19 أبريل").
	item bool
	// since marks a round introduced by منذ: the previous frame follows it.
	since bool
	// dateInherited marks a date taken from the previous frame.
	dateInherited bool
	// claimed is the first token after the dates the previous frame of the
	// sentence took: dates before it are not this frame's.
	claimed int
	// dateEnd is the token after the date the frame took from the text.
	dateEnd int
	// first marks the first frame of its sentence.
	first bool
	// faceToFace marks a meeting verb ("التقى", "اجتمع").
	faceToFace bool
	// travellerOrg is the organization a traveller's title names.
	travellerOrg string
	// brokered marks a mediation cue (وساطة، وسطاء), as opposed to a sponsor.
	brokered bool
	// medLate marks a mediation cue after the clause of the trigger: it may
	// describe the sentence's main round.
	medLate bool
	// ordinal is the rank the text gives the round ("الرابعه"), if any.
	ordinal string
	// when marks a frame inside "عندما …": it takes the date before it.
	when bool
	// earlier marks a pluperfect report of an earlier round.
	earlier      bool
	mediators    []string
	medPersons   []string
	venue        string
	venueCountry string
	// venueGuess is a word no list knows that the frame puts its meeting
	// in ("في المرج"), too weak a frame to make a place alone.
	venueGuess string
	// idafaCountry is the one country named right after the trigger
	// ("جولة المكسيك"): a side, unless the subject gives two others, when
	// it is where the round is held.
	idafaCountry string
	candidates   []string
	date         article.Date
	future       bool
	after        article.Date
	status       string
	format       string
	secret       bool
	topics       []string
	travellers   []string
	dest         string
}

// frames builds the frames of sentence si.
func (s *scan) frames(si int) []*frame {
	a, b := s.sentenceRange(si)
	if a < 0 {
		return nil
	}
	trigs := s.triggersIn(a, b)
	out := make([]*frame, 0, len(trigs))
	for n, t := range trigs {
		f := &frame{kind: s.trigger(t), trig: t, pre: a, end: b, sentence: si, item: s.ordinal[t], first: n == 0}
		if n > 0 {
			f.pre = trigs[n-1] + 1
			f.claimed = out[n-1].dateEnd
		}
		if n+1 < len(trigs) {
			f.end = trigs[n+1]
		}
		s.fill(f, a)
		s.applyDeparture(f) // "غادر وفدا X وY القاهرة بعد … من المباحثات"
		s.applyCall(f)      // "يدعون طرفي الحرب إلى استئناف المفاوضات"
		if len(f.mediators) > 0 && len(f.parties) > 0 {
			// mediators are never sides: "بعد محادثات مع مسؤولين سعوديين
			// برفقة الوسطاء العمانيين"
			f.parties = slices.DeleteFunc(f.parties, func(p string) bool { return slices.Contains(f.mediators, p) })
		}
		if len(f.parties) <= 1 || len(f.parties) == 2 && s.groupAndItsCountry(f.parties) {
			// "التقى نائب القائد العام للجيش السوداني … نائب قائد قوات الدعم
			// السريع …": two people of one country, sitting for the two
			// organizations their titles name
			if orgs := s.titleOrgs(f); len(orgs) >= 2 {
				f.parties = orgs
			}
		}
		if len(f.parties) == 1 && f.kind == trigTalks {
			// "غادر وفد جماعة الحوثي …، بعد خمسة أيام من المحادثات مع
			// مسؤولين سعوديين": the delegation the sentence is about is the
			// other side
			if p := s.delegationSubject(f.sentence); p != "" && p != f.parties[0] && !slices.Contains(f.mediators, p) {
				s.addParty(f, p)
			}
		}
		f.mood = s.moodOf(f)
		if s.withdrawnFrom(f.trig) {
			f.mood = moodNegated // "تعليق مشاركتها في المفاوضات مع …": no round that day
		}
		f.multiDay = f.multiDay || s.multiDay(f.pre, f.end)
		if s.negatedHolding(f) {
			// "الجولة السادسة … لن تنعقد يوم الأحد": cancelled, not denied
			f.status, f.mood = StatusCancelled, moodReal
		}
		if f.kind == trigMeetVerb && len(f.parties) == 1 && n > 0 && out[n-1].kind == trigMeetVerb && out[n-1].subject != "" {
			// "التقى X وفد حماس، ثم اجتمع بالوفد الإسرائيلي": the same subject
			s.addParty(f, out[n-1].subject)
			f.subject = out[n-1].subject
		}
		if len(f.parties) == 0 && !f.anaphoric && n > 0 && f.kind != trigTravel && !out[n-1].prior && (len(out[n-1].parties) > 0 || out[n-1].anaphoric) {
			prev := out[n-1]
			f.parties = append([]string(nil), prev.parties...)
			f.anaphoric = prev.anaphoric
			f.inherited = true
		}
		if f.date.IsZero() && n > 0 && !f.item && !f.spanned && !out[n-1].prior && !(f.prior && !out[n-1].background) &&
			(f.ordinal == "" || f.ordinal == out[n-1].ordinal) {
			// "الثانية … بعد أسبوع من الجولة الأولى": another rank, another
			// date; "المحادثات التي انطلقت السبت …، خلافاً لجولة الدوحة":
			// the earlier round is not dated by the one reported
			f.date, f.future = out[n-1].date, out[n-1].future
			f.dateInherited = !f.date.IsZero()
		}
		out = append(out, f)
	}
	// "وجاءت هذه الجولة بعد جولة روما، وتولى فيها البوسعيدي نقل الرسائل":
	// mediation told later in the sentence also describes its main round.
	if len(out) > 1 && !out[0].background && len(out[0].mediators) == 0 {
		for _, f := range out[1:] {
			if len(f.mediators) > 0 && !f.item && f.medLate && !s.relativeAfter(f) {
				out[0].mediators = append([]string(nil), f.mediators...)
				out[0].medPersons = append([]string(nil), f.medPersons...)
				if out[0].format == "" {
					out[0].format = f.format
				}
				break
			}
		}
	}
	s.sponsorToRound(out)
	out = s.splitDual(out)
	out = s.tripsForTalks(out)
	out = s.foldClosing(out) // "استقبل … وفداً … في ختام مشاورات": one round
	// "هي الأولى منذ الجولة الأخيرة في آب 2022": the frame before follows
	// the round named after منذ.
	for n := 1; n < len(out); n++ {
		if out[n].since && !out[n].date.IsZero() && out[n-1].after.IsZero() && s.firstBefore(out[n].trig, out[n-1].trig) {
			out[n-1].after = out[n].date
		}
	}
	// "آخر محادثات بين … هي المحادثات … في مايو": a frame that only names
	// the parties takes the date of the next frame that repeats them.
	for n := len(out) - 2; n >= 0; n-- {
		if out[n].background && out[n].date.IsZero() && !out[n+1].date.IsZero() && out[n+1].inherited && !out[n+1].background && !out[n+1].item {
			out[n].date, out[n].future = out[n+1].date, out[n+1].future
		}
	}
	return out
}

// spanFrom reports whether the trigger at i is the end of "بعد|قبل
// (نحو|حوالي)? DURATION من" before an indefinite trigger ("من لقاء
// الزعيمين", "من اتفاق القاهرة"): a meeting measured from, not the one
// reported;
// after tells "بعد" (the meeting named came first) from "قبل".
func (s *scan) spanFrom(i int) (after, ok bool) {
	if i < 3 || strings.TrimPrefix(s.words[i-1].norm, "و") != "من" || strings.HasPrefix(s.words[i].norm, "ال") {
		// "بعد ثلاثة أيام من المحادثات": the talks' own days
		return false, false
	}
	j := i - 2
	switch strings.TrimSuffix(s.words[j].norm, "ين") {
	case "شهر", "اشهر", "اسبوع", "اسابيع", "يوم", "ايام", "عام", "اعوام", "سنه", "سنوات", "ساعه", "ساعات", "عقد", "شهرين", "اسبوعين", "يومين", "عامين":
	default:
		if !s.dateAt(j) {
			return false, false
		}
	}
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		switch strings.TrimPrefix(s.words[k].norm, "و") {
		case "بعد", "عقب":
			return true, true
		case "قبل":
			return false, true
		}
	}
	return false, false
}

func (s *scan) fill(f *frame, sentStart int) {
	lex := &s.x.lex
	// "… الأولى منذ الجولة الأخيرة من مفاوضات فيينا": a round named as a
	// boundary is background.
	for i := f.trig - 1; i >= f.pre && i >= f.trig-2; i-- {
		if s.words[i].in(lex.since) {
			f.background, f.since = true, true
		}
		// "بعد الجولة التي احتضنتها مسقط": a round named as a reference point
		if (s.words[i].norm == "بعد" || s.words[i].norm == "قبل") && !f.first {
			f.background = true
			if s.words[i].norm == "بعد" && i == f.trig-1 && f.kind != trigTravel {
				switch s.words[f.trig].norm {
				case "لقاء", "اجتماع", "محادثات", "مباحثات", "مفاوضات", "قمه":
					// "… بعد لقاء مماثل جمع الطرفين في باكو": a meeting
					// (indefinite; not "جولة", also a tour) the reported one
					// came after is another, earlier one
					f.prior = true
				}
			}
		}
	}
	after, spanned := s.spanFrom(f.trig)
	f.spanned = spanned
	if spanned {
		// "جاءت القمة بعد نحو شهر من لقاء الزعيمين في أبوظبي": a meeting
		// a span of time away is another one, named as a reference point;
		// after a span from it, an earlier round of the channel
		f.background, f.prior = true, after
	}
	// Background: "عندما/حين …" just before, "آخر محادثات", or a
	// pluperfect "وكانت … أجرت محادثات".
	for i := f.trig - 1; i >= f.pre && i >= f.trig-4; i-- {
		switch {
		case s.words[i].in(lex.when) && i >= f.trig-3:
			f.background, f.when = true, true
		case s.words[i].norm == "اخر" || s.words[i].norm == "واخر":
			f.background = true
		case s.words[i].in(lex.was):
			f.background, f.earlier = true, true
		}
	}
	if f.kind == trigTravel {
		s.fillVisit(f)
	} else {
		s.fillParties(f)
		s.fillReception(f) // "استقبل X وفداً إيرانياً": the delegation's side
	}
	s.fillMediation(f, sentStart)
	s.fillChairedBy(f) // "المفاوضات التي ترأسها X وY", "X، الذي ترأس الجلسة"
	s.fillCoChairs(f)  // "وترأس الجولة الرؤساء المشاركون: X، وY"
	if len(f.parties) >= 2 {
		s.fillChair(f, f.pre, f.parties) // "وافتتح وزير الخارجية التركي X الجلسة"
	}
	s.fillVenue(f)
	s.fillDate(f)
	if spanned && f.dateEnd <= f.trig {
		// the dates before it are the reported round's; this one is a
		// span away from it ("… في 9 مارس" after it is its own)
		f.date, f.future = article.Date{}, false
	}
	// "another round", "a new round": a new meeting of the channel; "the
	// fourth round" names which one.
	for i := f.trig + 1; i < f.end && i <= f.trig+3; i++ {
		if s.words[i].in(lex.other) {
			f.other = true
			f.theNew = strings.TrimPrefix(s.words[i].norm, "و") == "الجديده" && strings.Contains(s.words[f.trig].norm, "ال")
		}
		if i <= f.trig+2 && s.words[i].in(lex.prior) || s.contrastBefore(f) {
			// "الجولة السابقة التي عقدت في روما": an earlier round of the
			// channel, never the one being reported
			f.prior, f.background = true, true
		}
		if i == f.trig+1 && f.ordinal == "" && !s.dateAt(i) { // "لقاء الثلاثين من يونيو" is a day
			next := ""
			if i+1 < f.end {
				next = s.words[i+1].norm
			}
			// a copy: the meeting outlives the article's words
			if f.ordinal = s.rankWord(s.words[i], next); f.ordinal != "" && tensWord(next) {
				// "الجولة الثانية عشرة": the twelfth, not the second
				f.ordinal += " " + canonicalTens(strings.TrimPrefix(next, "ال"))
			}
		}
	}
	if f.ordinal == "" && f.trig >= 3 && s.words[f.trig-1].norm == "من" && s.words[f.trig-2].in(lex.ordinals) &&
		strings.HasSuffix(s.words[f.trig-3].norm, "مرحله") {
		// "المرحلة الثانية من المفاوضات": the phase is the round
		var buf [maxForms]string
		forms := s.words[f.trig-2].forms(&buf)
		f.ordinal = strings.Clone(forms[len(forms)-1])
	}
	if f.ordinal == "" && f.kind == trigMeetVerb {
		// "ثم التقيا مجدداً في جولة ثالثة": the round noun after the verb
		// names which one
		for i := f.trig + 2; i < f.end && i <= f.trig+4; i++ {
			if s.words[i].in(lex.ordinals) && s.trigger(i-1) == trigTalks {
				var buf [maxForms]string
				forms := s.words[i].forms(&buf)
				f.ordinal = strings.Clone(forms[len(forms)-1])
				break
			}
		}
	}
	s.fillManner(f) // after prior: an earlier round's manner is its own
}
