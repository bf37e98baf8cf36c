import OZGKit

/// The language of the help texts: the one of the error messages (`LC_ALL`, `LC_MESSAGES`,
/// `LANG`; German by default), decided once per run.
let helpLanguage = MessageLanguage.current()

/// A help text (abstract, discussion, option help) in the language of the environment.
///
/// ArgumentParser wraps help itself: a paragraph is one long line; example lines start with two
/// spaces and stay shorter than 78 characters so that none is broken.
func L(_ german: String, _ english: String) -> String {
    helpLanguage == .german ? german : english
}
