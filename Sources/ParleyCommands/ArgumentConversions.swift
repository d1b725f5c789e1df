import ArgumentParser
import ParleyModel

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
        guard argument.count == 10 else { return nil }
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}

extension MeetingKind: ExpressibleByArgument {}
extension MeetingStatus: ExpressibleByArgument {}
extension StatementAct: ExpressibleByArgument {}
extension ActorKind: ExpressibleByArgument {}
