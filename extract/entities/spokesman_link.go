package entities

// spokesmanLink reports whether token j is "باسم" right after a
// spokesman's title ("المتحدث باسم دريسكول", "الناطقة باسم الوزير"): there
// it means "on behalf of", and opens no name (Bassem) of its own.
func (p *personScan) spokesmanLink(j int) bool {
	if j <= 0 || p.toks[j].Norm != "باسم" {
		return false
	}
	switch p.toks[j-1].Norm {
	case "المتحدث", "المتحدثه", "الناطق", "الناطقه", "متحدث", "متحدثه", "ناطق", "ناطقه", "متحدثا", "ناطقا", "والمتحدث", "والناطق":
		return true
	}
	return false
}
