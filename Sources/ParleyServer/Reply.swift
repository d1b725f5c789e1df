import HTTPTypes
import Hummingbird
import ParleyFormats

/// What a route answers: a status, a media type and a text body, with the headers every answer carries.
struct Reply: ResponseGenerator, Sendable {
    var status: HTTPResponse.Status = .ok
    let contentType: String
    let body: String
    var extraHeaders: [(HTTPField.Name, String)] = []

    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Reply {
        Reply(status: status, contentType: "text/html; charset=utf-8", body: "<!DOCTYPE html>\n" + page.markup)
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Reply {
        Reply(status: status, contentType: "application/json; charset=utf-8", body: value.rendered + "\n")
    }

    /// A JSON list page; a `Link` header names the next page when there is one, as GitHub's API does.
    static func json<Row>(_ page: Page<Row>, path: String, parameters: QueryParameters, _ object: (Row) -> JSONValue)
        -> Reply
    {
        var reply = json(.array(page.rows.map(object)))
        if page.hasNext {
            let next = Links.to(path, parameters.all, replacing: "page", with: String(page.paging.page + 1))
            reply.extraHeaders.append((HTTPField.Name("Link")!, "<\(next)>; rel=\"next\""))
        }
        return reply
    }

    /// The answer to a failed request: an HTML page, or for the API a JSON object with the message.
    static func error(_ status: HTTPResponse.Status, _ message: String, api: Bool) -> Reply {
        if api {
            return json(.object([("error", .string(message)), ("status", .int(status.code))]), status: status)
        }
        return html(ErrorPage.render(status: status, message: message), status: status)
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var headers: HTTPFields = [
            .contentType: contentType,
            // Everything is served from here: no script, style or font from elsewhere may load.
            .contentSecurityPolicy:
                "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'",
            .xContentTypeOptions: "nosniff",
            HTTPField.Name("Referrer-Policy")!: "no-referrer",
        ]
        for (name, value) in extraHeaders { headers[name] = value }
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
