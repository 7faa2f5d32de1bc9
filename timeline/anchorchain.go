package timeline

// A page anchored on a dated page's event (anchor.go) is as good a
// reference as a dated one for the pages that tell the event only as it
// does: Radio-Canada's "C'est la mission américaine auprès de l'ONU qui en a
// fait l'annonce samedi" shares six words with VOV's French "La mission
// américaine auprès de l'ONU a informé son secrétaire général …, a annoncé
// samedi soir" (anchored on the English pages' Saturday), and too few
// roots with any English sentence to anchor on it. So pages are anchored
// in passes, each on the dated sentences and those of the pages anchored
// before it.

// maxAnchorPasses bounds the passes: each anchors pages on the ones the
// pass before anchored. On the coverage the second pass anchors one page
// and the third none; more passes would let a chain drift further from
// the dated event it started from.
const maxAnchorPasses = 3

// anchorInPasses returns the sentences of the pending pages dated by an
// anchor (anchored, within a month page's month), in passes (see above),
// and which pages were anchored.
func anchorInPasses(pending []undated, dated []candidate) ([]candidate, []bool) {
	var more []candidate
	done := make([]bool, len(pending))
	// A page the dated sentences did not anchor can be anchored only by
	// the pages anchored since: each pass reads the last one's.
	known := dated
	for range maxAnchorPasses {
		var found []candidate
		for i, u := range pending {
			if done[i] {
				continue
			}
			if a := u.inMonth(u.anchored(known)); len(a) > 0 {
				found = append(found, a...)
				done[i] = true
			}
		}
		if len(found) == 0 {
			break
		}
		more, known = append(more, found...), found
	}
	return more, done
}
