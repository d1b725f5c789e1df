import ParleyCommands

/// The executable: runs the command tree, asynchronously since `serve` is.
@main enum ParleyMain {
    static func main() async {
        await Parley.main()
    }
}
