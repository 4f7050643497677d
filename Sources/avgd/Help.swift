import Wording

/// The `--help` pages, from the catalogue (`Texts.CommandLineHelp`, Dutch and English): each
/// renders in the command line's `--language` when printed.
typealias Help = Texts.CommandLineHelp
