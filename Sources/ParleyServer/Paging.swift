/// Which slice of a long list a request wants: `page` (from 1) of `limit` rows.
struct Paging: Sendable, Hashable {
    let page: Int
    let limit: Int

    var offset: Int { (page - 1) * limit }

    /// Reads `page` and `limit`; `limit` only where the caller allows it (the API), else `size` rows a page.
    init(_ parameters: QueryParameters, size: Int, limitAllowed: Bool) throws(RequestError) {
        page = try parameters.number("page", in: 1...100_000) ?? 1
        limit = limitAllowed ? try parameters.number("limit", in: 1...500) ?? size : size
    }

    /// Rows to ask the store for: one more than shown tells whether a next page exists.
    var fetchLimit: Int { limit + 1 }
}

/// One page of rows, and whether more follow.
struct Page<Row: Sendable>: Sendable {
    let rows: [Row]
    let paging: Paging
    let hasNext: Bool

    init(_ fetched: [Row], _ paging: Paging) {
        rows = Array(fetched.prefix(paging.limit))
        self.paging = paging
        hasNext = fetched.count > paging.limit
    }
}
