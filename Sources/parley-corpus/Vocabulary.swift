/// The words the generator draws from: real countries and organizations, invented people.
enum Vocabulary {
    struct Country {
        let name: String
        let demonym: String
        let capital: String

        /// The name as a sentence uses it: "the United States", "France".
        var reference: String { ["United States", "Netherlands", "Philippines"].contains(name) ? "the " + name : name }
        /// The name opening a headline: "The Netherlands".
        var headlineName: String { reference.hasPrefix("the ") ? "The " + name : name }
    }

    static let countries: [Country] = [
        ("United States", "U.S.", "Washington"), ("China", "Chinese", "Beijing"), ("Russia", "Russian", "Moscow"),
        ("France", "French", "Paris"), ("Germany", "German", "Berlin"), ("Britain", "British", "London"),
        ("Japan", "Japanese", "Tokyo"), ("India", "Indian", "New Delhi"), ("Brazil", "Brazilian", "Brasilia"),
        ("Turkey", "Turkish", "Ankara"), ("Iran", "Iranian", "Tehran"), ("Israel", "Israeli", "Jerusalem"),
        ("Egypt", "Egyptian", "Cairo"), ("Saudi Arabia", "Saudi", "Riyadh"), ("Qatar", "Qatari", "Doha"),
        ("Pakistan", "Pakistani", "Islamabad"), ("Indonesia", "Indonesian", "Jakarta"),
        ("Australia", "Australian", "Canberra"),
        ("Canada", "Canadian", "Ottawa"), ("Mexico", "Mexican", "Mexico City"),
        ("Argentina", "Argentine", "Buenos Aires"),
        ("South Africa", "South African", "Pretoria"), ("Nigeria", "Nigerian", "Abuja"), ("Kenya", "Kenyan", "Nairobi"),
        ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Ukraine", "Ukrainian", "Kyiv"), ("Poland", "Polish", "Warsaw"),
        ("Italy", "Italian", "Rome"), ("Spain", "Spanish", "Madrid"), ("Sweden", "Swedish", "Stockholm"),
        ("Norway", "Norwegian", "Oslo"), ("Finland", "Finnish", "Helsinki"), ("Hungary", "Hungarian", "Budapest"),
        ("Greece", "Greek", "Athens"), ("Serbia", "Serbian", "Belgrade"), ("Vietnam", "Vietnamese", "Hanoi"),
        ("Thailand", "Thai", "Bangkok"), ("Philippines", "Philippine", "Manila"),
        ("Malaysia", "Malaysian", "Kuala Lumpur"),
        ("South Korea", "South Korean", "Seoul"), ("North Korea", "North Korean", "Pyongyang"),
        ("Mongolia", "Mongolian", "Ulaanbaatar"),
        ("Kazakhstan", "Kazakh", "Astana"), ("Uzbekistan", "Uzbek", "Tashkent"), ("Afghanistan", "Afghan", "Kabul"),
        ("Iraq", "Iraqi", "Baghdad"), ("Syria", "Syrian", "Damascus"), ("Lebanon", "Lebanese", "Beirut"),
        ("Morocco", "Moroccan", "Rabat"), ("Algeria", "Algerian", "Algiers"), ("Chile", "Chilean", "Santiago"),
        ("Colombia", "Colombian", "Bogota"), ("Peru", "Peruvian", "Lima"), ("Venezuela", "Venezuelan", "Caracas"),
        ("Cuba", "Cuban", "Havana"), ("Netherlands", "Dutch", "The Hague"), ("Belgium", "Belgian", "Brussels"),
        ("Austria", "Austrian", "Vienna"), ("Switzerland", "Swiss", "Bern"), ("Denmark", "Danish", "Copenhagen"),
    ].map { Country(name: $0.0, demonym: $0.1, capital: $0.2) }

    /// Places where meetings happen besides capitals.
    static let venues = [
        "Geneva", "Vienna", "Davos", "Munich", "Singapore", "New York", "Helsinki", "Istanbul",
        "Doha", "Abu Dhabi", "Oslo", "Brussels", "Jakarta", "Bali", "Sochi", "Shanghai", "Osaka",
    ]

    /// Organizations and the title of the person who speaks for each.
    static let organizations: [(name: String, head: String)] = [
        ("United Nations", "Secretary-General"), ("European Union", "foreign policy chief"),
        ("NATO", "Secretary General"),
        ("African Union", "Commission chairperson"), ("ASEAN", "Secretary-General"),
        ("World Health Organization", "Director-General"),
        ("International Monetary Fund", "Managing Director"), ("World Bank", "President"),
        ("International Atomic Energy Agency", "Director General"), ("Arab League", "Secretary-General"),
        ("OSCE", "Secretary General"), ("World Trade Organization", "Director-General"),
    ]

    /// National offices: `%` is replaced by a country name (ambassadors) and marks none otherwise.
    static let titles = [
        "Foreign Minister", "President", "Prime Minister", "Defense Minister", "Trade Minister",
        "Finance Minister", "Deputy Foreign Minister", "Vice President", "National Security Adviser",
        "Ambassador to %", "envoy to %", "Interior Minister", "Energy Minister", "Chancellor",
    ]
    static let spokesTitles = ["Foreign Ministry spokesman", "Foreign Ministry spokeswoman", "government spokesman"]

    static let givenNames = [
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Thomas", "Mark", "Paul", "Peter", "Anna",
        "Maria", "Elena", "Sarah", "Laura", "Emma", "Sophie", "Olga", "Irina", "Sergei", "Dmitri", "Ivan", "Vladimir",
        "Ahmed", "Mohammed", "Ali", "Hassan", "Omar", "Fatima", "Leila", "Carlos", "Juan", "Luis", "Jose", "Miguel",
        "Ana", "Isabel", "Pedro", "Hans", "Klaus", "Angela", "Ursula", "Pierre", "Jean", "Marie", "Claude", "Giorgio",
        "Marco", "Luca", "Giulia", "Kenji", "Hiroshi", "Yuki", "Raj", "Priya", "Arjun", "Sunil", "Wei", "Ming", "Kwame",
        "Kofi", "Ngozi", "Jacob", "Daniel", "Rachel", "Miriam", "Noah", "Olivia", "Charlotte", "Lars", "Ingrid",
        "Mehmet", "Mustafa", "Reza", "Nasser", "Yasmin", "Tomasz", "Piotr", "Andrei", "Javier", "Diego", "Ricardo",
        "Fernando", "Gabriel", "Rafael", "Nikolai", "Pavel", "Boris", "Viktor", "Akira", "Sanjay", "Vikram", "Helen",
        "Susan", "Catherine", "Margaret", "Antonio", "Stefan", "Karl", "Erik", "Nils", "Mikhail", "Samuel", "Joseph",
    ]

    static let surnames = [
        "Li", "Wang", "Zhang", "Chen", "Liu", "Ivanov", "Petrov", "Smirnov", "Volkov", "Sokolov", "Mueller", "Schmidt",
        "Schneider", "Fischer", "Weber", "Martin", "Bernard", "Dubois", "Laurent", "Lefebvre", "Rossi", "Russo",
        "Ferrari", "Esposito", "Bianchi", "Garcia", "Rodriguez", "Martinez", "Lopez", "Gonzalez", "Perez", "Sanchez",
        "Silva", "Santos", "Oliveira", "Souza", "Costa", "Pereira", "Smith", "Johnson", "Williams", "Brown", "Jones",
        "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Moore", "Jackson", "Harris", "Clark", "Lewis", "Walker",
        "Hall", "Allen", "Young", "King", "Wright", "Scott", "Green", "Baker", "Adams", "Nelson", "Carter", "Mitchell",
        "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris",
        "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Yamamoto", "Nakamura", "Kobayashi", "Sato", "Kato", "Yoshida",
        "Sharma", "Gupta", "Singh", "Kumar", "Patel", "Reddy", "Rao", "Iyer", "Nair", "Mehta", "Khan", "Hussain",
        "Rahman", "Haddad", "Nasr", "Saleh", "Mansour", "Farouk", "Yilmaz", "Kaya", "Demir", "Celik", "Sahin",
        "Kowalski", "Nowak", "Wisniewski", "Horvat", "Kovac", "Novak", "Popescu", "Ionescu", "Papadopoulos",
        "Nielsen", "Hansen", "Larsen", "Andersen", "Johansson", "Lindqvist", "Virtanen", "Korhonen", "Okafor",
        "Adeyemi", "Mensah", "Owusu", "Mwangi", "Otieno", "Tesfaye", "Haile", "Nguyen", "Tran", "Pham", "Hoang",
        "Sukarno", "Santoso", "Wijaya", "Ahmadi", "Hosseini", "Karimi", "Rezaei", "Cohen", "Levi", "Mizrahi",
        "Friedman", "Kuznetsov", "Morozov", "Lebedev", "Novikov", "Fedorov", "Bondarenko", "Shevchenko", "Kovalenko",
        "Tkachenko", "Mendoza", "Castillo", "Vargas", "Rojas", "Herrera", "Medina", "Aguilar", "Ortega", "Delgado",
    ]

    static let topics = [
        "trade", "security cooperation", "climate change", "energy supplies", "the war in Ukraine",
        "nuclear talks", "regional stability", "a ceasefire", "migration", "debt relief",
        "maritime disputes", "sanctions", "arms control", "food security", "investment",
        "the humanitarian situation", "border demarcation", "visa rules", "fisheries", "a free trade deal",
    ]

    static let quotes = [
        "We are ready to work with all our partners in good faith",
        "There can be no military solution to this conflict",
        "Our position has not changed and it will not change",
        "These sanctions are illegal and will only hurt ordinary people",
        "We had a frank and constructive exchange of views",
        "The door to dialogue remains open",
        "Nobody should underestimate our determination to defend our sovereignty",
        "This is a historic opportunity that we must not miss",
        "We expect concrete steps, not just words",
        "The agreement reflects the interests of both our peoples",
    ]

    /// Reporting verbs that take a clause ("X said that ...").
    static let sayVerbs = ["said", "told reporters", "stressed", "noted", "added", "warned", "insisted"]

    static let filler = [
        "The two sides discussed %, officials said.",
        "Analysts said the outcome would depend largely on %.",
        "Diplomats familiar with the matter said progress on % had been slow.",
        "Officials have spent months preparing the ground for an agreement on %.",
        "Critics at home have questioned whether the government has a clear strategy on %.",
        "Markets reacted calmly to the news, with investors focused on %.",
        "The relationship has been strained in recent years over %.",
        "A joint statement released afterwards mentioned % but gave few details.",
        "Several opposition lawmakers called for a parliamentary debate on %.",
        "Observers noted that the tone had softened compared with earlier exchanges on %.",
    ]

    static let boilerplate = [
        "Advertisement", "Share this article", "Sign up for our daily newsletter",
        "Read more: World news", "Follow us on social media", "Continue reading below",
    ]

    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ]
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
}
