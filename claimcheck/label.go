package claimcheck

// Label is the verdict in words, as a reader sees it first: "Supported",
// "Contradicted", "Sources disagree" or "Not covered". The JSON keeps the
// Verdict's own value.
func (v Verdict) Label() string {
	switch v {
	case Supported:
		return "Supported"
	case Contradicted:
		return "Contradicted"
	case Disputed:
		return "Sources disagree"
	default:
		return "Not covered"
	}
}
