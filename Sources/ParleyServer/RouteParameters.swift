import Hummingbird

extension RequestContext {
    /// The `:id` of a record's path; anything but a number is no record (404), as an unknown id is.
    func recordID(_ kind: String) throws -> Int64 {
        let text = parameters.get("id") ?? ""
        guard let id = Int64(text), id > 0 else { throw RequestError.notFound("no \(kind) with id '\(text)'") }
        return id
    }
}

extension Request {
    var queryParameters: QueryParameters {
        get throws { try QueryParameters(uri.query) }
    }
}
