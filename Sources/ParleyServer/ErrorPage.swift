import HTTPTypes

/// The page of a request that cannot be answered: what went wrong, and ways back.
enum ErrorPage {
    static func render(status: HTTPResponse.Status, message: String) -> HTML {
        let heading = status == .notFound ? "Not found" : status == .badRequest ? "Cannot read this request" : "Error"
        return PageLayout.render(
            title: heading, section: nil,
            """
            <h1>\(heading) <span class="muted">\(status.code)</span></h1>
            <p class="problem">\(message)</p>
            <p><a href="/">Overview</a> · <a href="/meetings">Meetings</a> · <a href="/actors">Actors</a></p>
            """)
    }
}
