import ArgumentParser

/// The root command: it only lists the subcommands.
@main
struct Timelinectl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timelinectl",
        abstract: "Turn live news coverage into dated, mapped incident records.",
        subcommands: [
            IngestCommand.self,
            AnnotateCommand.self,
            IncidentsCommand.self,
            RegionsCommand.self,
            ReportCommand.self,
            ExportCommand.self,
            MapCommand.self,
            PostsCommand.self,
            TimeCommand.self,
            PlacesCommand.self,
            GazetteerCommand.self,
            ServeCommand.self,
        ]
    )
}
