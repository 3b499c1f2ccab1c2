"""The words too common to have to be found: a search's function words ("i" of "Länsstyrelsen
i Skåne", "ja" of "kieli ja kulttuuri") need not be in a record when other words are given
(portal.searchable.parse). The lists are the Snowball project's, as PostgreSQL ships them
(snowballstem.org/algorithms/finnish/stop.txt and .../swedish/stop.txt; BSD licence): the
snowballstemmer package has the stemmers only."""

FINNISH = frozenset(
    """
    olla olen olet on olemme olette ovat ole oli olisi olisit olisin olisimme olisitte olisivat
    olit olin olimme olitte olivat ollut olleet en et ei emme ette eivät minä minun minut
    minua minussa minusta minuun minulla minulta minulle sinä sinun sinut sinua sinussa
    sinusta sinuun sinulla sinulta sinulle hän hänen hänet häntä hänessä hänestä
    häneen hänellä häneltä hänelle me meidän meidät meitä meissä meistä meihin
    meillä meiltä meille te teidän teidät teitä teissä teistä teihin teillä teiltä
    teille he heidän heidät heitä heissä heistä heihin heillä heiltä heille tämä
    tämän tätä tässä tästä tähän tallä tältä tälle tänä täksi tuo tuon tuotä
    tuossa tuosta tuohon tuolla tuolta tuolle tuona tuoksi se sen sitä siinä siitä siihen
    sillä siltä sille sinä siksi nämä näiden näitä näissä näistä näihin näillä
    näiltä näille näinä näiksi nuo noiden noita noissa noista noihin noilla noilta noille
    noina noiksi ne niiden niitä niissä niistä niihin niillä niiltä niille niinä niiksi
    kuka kenen kenet ketä kenessä kenestä keneen kenellä keneltä kenelle kenenä keneksi
    ketkä keiden ketkä keitä keissä keistä keihin keillä keiltä keille keinä keiksi
    mikä minkä minkä mitä missä mistä mihin millä miltä mille minä miksi mitkä joka
    jonka jota jossa josta johon jolla jolta jolle jona joksi jotka joiden joita joissa joista
    joihin joilla joilta joille joina joiksi että ja jos koska kuin mutta niin sekä sillä
    tai vaan vai vaikka kanssa mukaan noin poikki yli kun niin nyt itse
    """.split()
)

SWEDISH = frozenset(
    """
    och det att i en jag hon som han på den med var sig för så till är men ett om hade de
    av icke mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde
    något från ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla
    under någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni
    bli blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess inom
    mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra
    ert era vilkas
    """.split()
)

STOP_WORDS = FINNISH | SWEDISH
