"""Common given names across the languages news is written in, with transliteration variants.

Used to tell a person from an organisation when the small NER model glues a
title and a name together (``the UN Dmitry Polyansky``) or types a person as an
organisation. A name missing here only means a rule does not fire.
"""

from __future__ import annotations

import functools

_NAMES = """
Aaron Abdul Abdullah Abraham Adam Adrian Ahmad Ahmed Aidan Alan Albert Alberto Alejandro Alex Alexander Alexandr
Aleksandr Oleksandr Alexandra Aleksandra Oleksandra Alexei Alexey Aleksei Aleksey Oleksiy Oleksii Alfred Ali Alice Alina
Alisher Alla Amanda Amir Amy Ana Anastasia Anastasiya Anatoly Anatolii Anatoliy Andre Andrea Andreas Andrei Andrey
Andriy
Andrii Andrew Andrzej Angela Angelina Ann Anna Anne Anthony Anton Antonio Antony Arkady Arkadiy Arseniy Arseny Arsen
Artem
Artyom Arthur Asad Ashraf Avi Avigdor Aziz Barbara Bashar Ben Benjamin Benny Bernard Bill Bob Bogdan Bohdan Boris Brad
Brian Bruce Bruno Carl Carlos Carol Caroline Catherine Charles Charlotte Chris Christian Christina Christine Christopher
Claire Claude Claudia Colin Daniel Daniil Danylo Danila Daria Darya Dave David Dennis Denis Denys Diana Dimitri Dmitri
Dmitry
Dmitriy Dmytro Dominic Donald Dora Doug Douglas Ebrahim Ed Edward Edgar Edith Eduard Eduardo Ekaterina Elena Eli
Elizabeth
Ella Elon Emily Emma Emmanuel Eric Erik Ernest Eugene Evgeny Evgeniy Yevgeny Yevgeniy Yevhen Evhen Eva Fabian Farid
Fatima
Felix Fernando Filip Francesca Francis Francisco Frank Franz Fred Frederick Friedrich Gabriel Galina Gary Gennady
Gennadiy
George Georgy Georgiy Heorhiy Gerhard Giorgia Giorgio Giuseppe Gleb Gordon Grace Grigory Grigoriy Hryhoriy Gustav Hamad
Hamid Hans Harold Harry Hassan Heather Heinrich Helen Helena Henry Herman Hillary Hossein Hugo Hussein Ian Igor Ihor
Ilya
Illia Inna Irina Iryna Isaac Ismail Ivan Ivana Jack Jacob Jacques Jake Jakub James Jan Jane Janet Jason Javier Jean Jeff
Jeffrey Jen Jennifer Jens Jeremy Jerome Jim Joachim Joan Joe Johann Johannes John Jon Jonathan Jorge Jose Josef Joseph
Josep Josh Joshua Juan Judith Julia Julian Julie Justin Kamala Karen Karim Karl Kate Katherine Kateryna Katarzyna
Kathleen
Keir Ken Kenneth Kevin Khalid Kim Kira Kirill Kyrylo Klaus Konstantin Kostiantyn Kostyantyn Kristina Kurt Larisa Larysa
Laura Lauren Leo Leon Leonid Liam Lisa Liz Lloyd Lorenzo Louis Lucas Ludmila Lyudmila Liudmyla Luis Luke Lyubov
Magdalena
Mahmoud Maksim Maxim Maksym Marat Marc Marco Margaret Maria Mariya Mariia Marina Mario Mark Marta Martin Mary Masha
Matthew
Matteo Max Maximilian Mehmet Melania Michael Michel Michelle Mikhail Mykhailo Mykhaylo Mike Milan Mohamed Mohammed
Mohammad
Muhammad Monica Mustafa Nadezhda Nadiya Nancy Naftali Natalia Natalya Nataliya Natalie Nathan Nicholas Nicolas Nikita
Nikolai Nikolay Mykola Nina Nikki Noah Oksana Oleg Oleh Olga Olha Oliver Omar Oscar Osman Pablo Patrick Paul Pavel Pavlo
Pedro Peter Petr Petro Pyotr Philip Philippe Pierre Piotr Rachel Rafael Ramzan Raymond Recep Richard Rishi Rob Robert
Roberto Roger Roman Ron Ronald Rosa Ruslan Ruth Ryan Sabine Saeed Said Salman Sam Samuel Sandra Sara Sarah Scott
Sebastian
Serge Sergei Sergey Sergiy Serhiy Serhii Shimon Simon Sofia Sophia Sophie Stanislav Stefan Stephen Steve Steven Susan
Svetlana Sviatlana Tamara Tatiana Tatyana Tetiana Ted Theresa Thomas Tim Timothy Tom Tony Ulrich Ursula Vadim Vadym
Valentin
Valentina Valery Valeriy Valerii Vasily Vasiliy Vasyl Veronika Victor Viktor Victoria Viktoria Vincent Vitaly
Vitaliy Vitalii Vladimir Volodymyr Vladislav Vladyslav Vyacheslav Viacheslav Walter Wang Wei Werner William Wolfgang
Xavier Yaroslav Yasser Yegor Yehor Yelena Olena Yevgenia Yoav Yosef Yulia Yuliya Yury Yuri Yuriy Yurii Zakhar Zelimkhan
Zhanna Zoe Zoltan Valeri Mateusz Tomasz Krzysztof Wojciech Marcin Michal Pawel Radoslaw Zbigniew Donald Beata Agnieszka
Emmanuelle Francois Olaf Annalena Boris Keir Giorgia Pedro Ursula Kaja Josep Antony Lloyd Jake Marco Rustem Rustam Denys
Kyrylo Valerii Andriy Sergiy Sviatoslav Svyatoslav Taras Bogdana Yevhenii Ihor Nikolai Benjamin Naftali Yair Yahya
Ismail
Hassan
Aarav Abhishek Aditya Ajay Akshay Amit Anand Anil Anita Anjali Arjun Arun Arvind Ashok Deepak Devendra Gaurav Harish
Jaishankar Kavita Lakshmi Manish Manoj Narendra Nikhil Nirmala Pooja Prakash Pranav Priya Priyanka Rahul Rajesh Rajnath
Rakesh Ramesh Ravi Rohit Sachin Sanjay Shashi Shiv Subrahmanyam Sunil Suresh Sushma Vedant Vijay Vikram Vinod Vivek
Ebrahim Hossein Hamid Javad Mahmoud Masoud Mojtaba Reza Abbas Ismail Kamal Karim Khalid Khaled Mahmud Mohsen
Nabil Rashid Saad Saleh Sami Tariq Walid Yousef Youssef Abdel Abdelaziz Fattah Hamdan Faisal Fahad Tamim Hakan Ekrem
Binali Kemal Mevlut Numan Abiy Cyril Jacob Kwame Muhammadu Paul Uhuru William Yoweri Bola Jacinda Nkosazana
Thabo Olusegun
"""

# Words that open an Arabic surname ("Abu Salmiya", "bin Salman"): written with the surname alone, the pair is a
# surname, not a given name and a surname.
SURNAME_PARTICLES = frozenset({"abu", "abou", "ibn", "bin", "bint"})
# Particles inside a European surname ("Ursula von der Leyen", "Jan van der Berg", "Luiz da Silva"): the name goes
# on through them to the capitalised word after them.
EUROPEAN_SURNAME_PARTICLES = frozenset(
    {"von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "ter"}
)
# The Arabic article glued to a surname by a hyphen ("Turki al-Maliki", "Abdullah el-Sisi", "Mohammed ash-Shami"):
# the word is a name word though it opens in lower case.
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ud", "ul"})
# particles that make the name after them the father's ("Mohammed bin Salman", son of Salman)
PATRONYMIC_PARTICLES = frozenset({"ibn", "bin", "bint", "ben"})  # "ben": French ("Mohammed ben Salmane")

# Religious ranks written before a cleric's name ("Ayatollah Ali Rahimi", "Hojatoleslam Hassan Rahimi"): no part of
# the name.
CLERICAL_TITLES = frozenset(
    {"ayatollah", "ayatullah", "ajatollah", "ayatolá", "ayatola", "hojatoleslam", "hojjatoleslam", "hujjat al-islam"}
)
# Honorifics of descent from the Prophet written before a full name ("Seyed Ali Rahimi", "Sayyid Hassan Rahimi"):
# the same person as "Ali Rahimi". Dropped only before a given name and a surname, since "Sayed" or "Syed" alone
# before a surname may be the given name itself.
LINEAGE_TITLES = frozenset({"seyed", "seyyed", "sayyid", "sayyed", "sayed", "seyyid", "syed", "sayid"})

# Words that look like given names but are also common capitalised non-names in news.
_NOT_NAMES = {"Said", "Will", "May", "Mark", "Bill", "Grace"}


@functools.cache
def given_names() -> frozenset[str]:
    return frozenset(n for n in _NAMES.split() if n not in _NOT_NAMES)


def is_given_name(word: str) -> bool:
    return word in given_names()


# Ukrainian, Russian, Belarusian and English forms of one given name, and an English given name's short form a name
# is often written with ("Joe" for Joseph): transliteration alone cannot tell they are one. Short forms of two names
# ("Alex", "Chris") are left out.
_VARIANTS = """
Oleksandr Aleksandr Alexander Alexandr Olexandr Aliaksandr Aleksandar
Oleksiy Oleksii Alexei Alexey Aleksei Aleksey Alexis Aliaksei|Serhiy Serhii Sergei Sergey Sergiy Siarhei
Mykola Nikolai Nikolay Nicholas Nick Mikalai|Andriy Andrii Andrei Andrey Andrew|Yuriy Yurii Yuri Yury Iurii
Petro Pyotr Petr Peter|Mykhailo Mykhaylo Mikhail Michael Mike|Hryhoriy Grigory Grigoriy|Heorhiy Georgy Georgiy George
Yevhen Yevgeny Yevgeniy Evgeny Evgeniy Eugene Yauhen|Oleh Oleg|Ihor Igor Ihar|Bohdan Bogdan|Vasyl Vasily Vasiliy
Pavlo Pavel Paul|Kyrylo Kirill Cyril|Volodymyr Vladimir Uladzimir|Dmytro Dmitry Dmitriy Dmitri
Anatoliy Anatoly Anatolii|Valeriy Valery Valerii|Vitaliy Vitaly Vitalii|Viktor Victor Viktar|Olena Yelena Elena Helen
Iryna Irina|Tetiana Tatiana Tatyana|Nataliya Natalia Natalya|Yuliya Yulia Julia|Hanna Anna|Maksym Maxim Maksim
Denys Denis|Taras|Roman Raman|Svitlana Svetlana Sviatlana|Mariya Maria Mariia Maryia|Arseniy Arseny|Stanislav
Vyacheslav Viacheslav|Kostiantyn Konstantin Kostyantyn|Ivan John|Yakiv Yakov Jacob|Fedir Fyodor Fedor|Stepan Stefan
Lyudmyla Lyudmila Ludmila|Oksana Ksenia|Joseph Joe|Benjamin Benyamin Binyamin|Anthony Antony Tony|Robert Bob
Thomas Tom|James Jim|Richard Rick|Daniel Dan|Matthew Matt|Stephen Steven Steve|David Dave
"""


@functools.cache
def _variant_index() -> dict[str, str]:
    index: dict[str, str] = {}
    for group in _VARIANTS.replace("\n", "|").split("|"):
        names = group.split()
        for n in names:
            index.setdefault(n.casefold(), names[0].casefold())
    return index


def given_name_variants() -> dict[str, str]:
    """Every listed form of a given name with variants (lower case) -> its one spelling."""
    return dict(_variant_index())


def canonical_given_name(name: str) -> str:
    """One spelling for the forms of a given name (``Serhiy``, ``Sergei`` -> ``serhiy``); else the name, lower-cased."""
    return _variant_index().get(name.casefold(), name.casefold())


# Offices and ranks written, capitalised, right before a person's surname in English, French, German and Spanish
# news ("Governor Okafor", "Gouverneur Okafor", "Präsidentin Berger", "Gobernador Ruiz"): the title and surname are
# one of the names the corpus gives that person. Courtesy titles (Mr., Mme) are read elsewhere.
SURNAME_TITLES = frozenset(
    """
    governor president minister general senator mayor chancellor ambassador commissioner commander colonel
    admiral judge sheikh imam bishop archbishop pastor cardinal king queen prince princess pope emir sultan
    gov gen col sen rep prof lt sgt capt maj brig
    gouverneur gouverneure président présidente ministre général générale sénateur sénatrice maire chancelier
    chancelière ambassadeur ambassadrice commandant colonel cheikh
    gouverneurin präsident präsidentin ministerin kanzler kanzlerin bürgermeister bürgermeisterin botschafter
    botschafterin oberst kommandeur scheich
    gobernador gobernadora presidente presidenta ministro ministra alcalde alcaldesa embajador embajadora
    comandante coronel jeque
    generale sindaco sindaca ambasciatore ambasciatrice colonnello governatore cancelliere
    """.split()
)

# Capitalised words an office's title may open with before a full name ("Prime Minister Kessel", "Crown Prince
# Omar Said", "Defense Minister Ruwan Dias", "Supreme Leader Ali Rostami"); with a country or its people's word
# ("UK Prime Minister", "Sri Lankan President") they make the titled form the corpus gives the person.
TITLE_MODIFIERS = frozenset(
    """prime vice deputy crown supreme foreign defence defense interior home finance first chief acting state
    grand lieutenant major brigadier rear air army""".split()
)
# Courtesy titles before a name in French, Spanish and German copy ("M. Poutine", "Mme Moges", "Sr. Maduro").
COURTESY_ABROAD = ("M.", "Mme", "Mlle", "Sr.", "Sra.", "Herr", "Frau")

# German writes an office as one compound word ending in its head ("Staatspräsidentin", "Regierungschef",
# "Außenminister", "Regierungssprecher"): a capitalised word ending in one of these heads, with a few letters before
# it, is a title before a person's name, not a word of the name.
GERMAN_TITLE_HEADS = frozenset(
    """
    präsident präsidentin minister ministerin kanzler kanzlerin chef chefin sprecher sprecherin bürgermeister
    bürgermeisterin botschafter botschafterin kommandeur kommandeurin führer führerin leiter leiterin direktor
    direktorin vorsitzende vorsitzender sekretär sekretärin anwalt anwältin gouverneur gouverneurin
    """.split()
)

# German writes every noun with a capital, so a run of capitalised words may hold common words: endings of
# adjectives ("Dramatische Berichte", "Russischen Medien", "Zusätzliche Rettungsteams") and of abstract nouns
# ("Bergung Verletzter", "Angaben des Bürgermeisters" has none, "Festsetzung des Tankers"), read on words of
# GERMAN_COMMON_MIN_LETTERS letters or more that no table knows as a given name.
GERMAN_ADJECTIVE_ENDINGS = tuple(
    "ische ischen ischer isches liche lichen licher liches ige igen iger ete eten erte erten ierte ierten".split()
)
GERMAN_NOUN_ENDINGS = tuple(
    "ung ungen heit heiten keit keiten schaft schaften tion tionen ität nis nisse tum ment angaben anlagen berichte "
    "menschen stimmen hauptstadt agentur behörde".split()
)
GERMAN_COMMON_MIN_LETTERS = 7
# Counts and parts of the day written as capitalised nouns ("Hunderte Menschen", "Millionen Stimmen", "Mittwoch
# Vormittag"): never a name's word.
GERMAN_COMMON_WORDS = frozenset(
    "hunderte tausende zehntausende hunderttausende dutzende millionen milliarden hunderten tausenden dutzenden "
    "vormittag nachmittag abend morgen nacht mittag".split()
)
# German pronouns written with a capital inside a sentence (the polite "Sie", "Ihr"): a run holding one is no name.
GERMAN_CAPITAL_PRONOUNS = frozenset("Sie Ihr Ihre Ihnen Ihrer Ihren".split())
