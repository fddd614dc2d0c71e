package meetings

import "testing"

// TestPhoneCueStaysWithItsCall: a call told in an earlier clause of the
// sentence ("بعد الاتصال الهاتفي …، وبعد اجتماع جدة …") does not make the
// meeting of the next clause a phone call.
func TestPhoneCueStaysWithItsCall(t *testing.T) {
	const meeting = "talks ukraine+united-states 2025-04-12@jeddah held/unknown med= part="
	tests := []struct{ name, text, want string }{
		{"definite call, then a meeting after وبعد",
			"وجاء ذلك بعد الاتصال الهاتفي بين روسيا والولايات المتحدة، وبعد اجتماع في جدة بين الولايات المتحدة وأوكرانيا يوم 12 أبريل.",
			meeting},
		{"indefinite call",
			"وجاء ذلك بعد اتصال هاتفي بين روسيا والولايات المتحدة، وبعد اجتماع في جدة بين الولايات المتحدة وأوكرانيا يوم 12 أبريل.",
			meeting},
		{"a pluperfect call, then ثم",
			"وكانت مكالمة هاتفية قد جمعت روسيا والولايات المتحدة، ثم عقد اجتماع في جدة بين الولايات المتحدة وأوكرانيا يوم 12 أبريل.",
			meeting},
		{"the call after the meeting",
			"وعقد اجتماع في جدة بين الولايات المتحدة وأوكرانيا يوم 12 أبريل بعد اتصال هاتفي بين روسيا والولايات المتحدة.",
			meeting},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, d := range described(t, tt.text) {
				if d == tt.want {
					return
				}
			}
			t.Errorf("%s\ngot %q\nwant among them %s", tt.text, described(t, tt.text), tt.want)
		})
	}
}
