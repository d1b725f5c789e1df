import Hummingbird

/// Turns every failure into an answer a person can act on: a 404 or 400 page with the reason, or for
/// the API the same message as JSON. Unknown paths come here too, as the router's 404.
struct ErrorPages<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response)
        async throws -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let path = request.uri.path
            let api = path == "/api" || path.hasPrefix("/api/")
            let reply: Reply
            if let known = RequestError(error) {
                reply = .error(known.status, known.description, api: api)
            } else if let http = error as? HTTPError {
                let message = http.status == .notFound ? "nothing is at \(path)" : http.body ?? http.status.reasonPhrase
                reply = .error(http.status, message, api: api)
            } else {
                // The details (SQL, file names) go to the log, not to whoever sent the request.
                context.logger.error("\(request.method) \(path) failed: \(error)")
                reply = .error(.internalServerError, "the server could not answer; its log tells why", api: api)
            }
            return try reply.response(from: request, context: context)
        }
    }
}
