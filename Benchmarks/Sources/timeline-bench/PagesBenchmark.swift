import Foundation
import Pages
import Timeline

/// Reading pages into posts: each publisher-style fixture (Tests/Fixtures/pages) and a 2 MB live
/// blog made by repeating the WordPress fixture's posts, against the text reader on the seed.
enum PagesBenchmark {
    static func run() throws -> String {
        let folder = URL(fileURLWithPath: "Tests/Fixtures/pages")
        func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: folder.appendingPathComponent(name))) }
        var lines = ["pages: posts read from HTML by libxml2 and the page reader, median of 5 runs"]
        func measure(_ label: String, size: Int, repeats: Int, _ body: () throws -> Int) rethrows {
            var rates: [Double] = []
            var posts = 0
            for _ in 0..<5 {
                let began = now()
                for _ in 0..<repeats { posts = try body() }
                rates.append(Double(size * repeats) / 1_048_576 / (now() - began))
            }
            let summary = Summary(rates)
            lines.append(String(format: "  %@ (%d KB, %d posts): median %.1f MB/s, min %.1f, max %.1f", label, size / 1024, posts, summary.median, summary.min, summary.max))
        }
        let reader = HTMLPageReader()
        for name in ["cnn-jsonld-liveblog.html", "wordpress-articles-time.html", "guardian-block-time.html", "oldstyle-tables.html"] {
            let page = try bytes(name)
            try measure(name, size: page.count, repeats: 50) { try reader.read(page, name: name).posts.count }
        }
        // A long live blog: the WordPress page's nine posts repeated 60 times inside its list.
        let html = String(decoding: try bytes("wordpress-articles-time.html"), as: UTF8.self)
        if let first = html.range(of: "<article id=\"liveblog-entry-48211\""), let last = html.range(of: "</article>", options: .backwards) {
            let posts = String(html[first.lowerBound..<last.upperBound])
            let long = Array((html[..<first.lowerBound] + String(repeating: posts + "\n", count: 60) + html[last.upperBound...]).utf8)
            try measure("WordPress page, posts repeated 60 times", size: long.count, repeats: 3) { try reader.read(long, name: "long.html").posts.count }
        }
        let seed = try String(contentsOfFile: "seeds/000_fdd7082ede222f27.txt", encoding: .utf8)
        try measure("peer: the text reader on the seed (seeds/000_fdd7082ede222f27.txt)", size: seed.utf8.count, repeats: 50) {
            try LiveBlogReader().read(seed).posts.count
        }
        return lines.joined(separator: "\n")
    }
}
