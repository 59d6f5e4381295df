/// The `Gazetteer/README.md` the builder writes next to `gazetteer.bin` (generated, so rebuilds compare equal).
enum GazetteerReadme {
    /// The table rows of a build that read more feature classes than P (none for the bundled build, so its README is unchanged).
    static func featureRows(_ s: GazetteerBuildSummary) -> String {
        guard s.featureClasses != GeoNamesFeatureClass.populatedPlaces.rawValue else { return "" }
        var rows = "\n| features of a country read by class (classes \(s.featureClasses)) | \(s.features) |"
        if !s.foldedFeatureCodes.isEmpty {
            rows += "\n| rare feature codes stored as their class letter | \(s.foldedFeatureCodes.count) |"
        }
        return rows
    }

    static func text(_ s: GazetteerBuildSummary) -> String {
        """
        # Timeline gazetteer

        `gazetteer.bin` is the prebuilt, memory-mapped index the `Geo` module reads (no SQLite, no
        parse at start). It is generated; do not edit it. This README is generated with it.

        | | count |
        | --- | ---: |
        | countries | \(s.countries) |
        | first-order divisions | \(s.admin1) |
        | second-order divisions | \(s.admin2) |
        | populated places | \(s.places) |
        | continents, macro-regions, seas and islands of no country | \(s.featuresBeyondCountries) |\(featureRows(s))
        | name keys | \(s.keys) |
        | districts located at their seat found by name | \(s.admin2BySeatName) |
        | towns whose district was inferred as its seat | \(s.placesWithInferredAdmin2) |
        | size of gazetteer.bin (bytes) | \(s.bytes) |

        ## Sources

        - `cities500.txt` (or the smallest `cities*.txt`), `allCountries.txt` and country dumps `XX.txt`,
          every one present, a geonameid once: populated places (feature class P) with names, alternate
          names, coordinates, feature code, admin codes, population and IANA time zone. Rows of class A
          (ADM1, ADM2, PCLI and the other PCL codes) in a full dump give divisions and countries
          GeoNames' own coordinates. `timelinectl gazetteer build --feature-classes P,S,H` also reads
          other classes (S spots and buildings, H waters, T terrain, L areas, R roads, V vegetation,
          U undersea) as features; the bundled gazetteer reads P only. Files are read a chunk at a
          time: memory grows with the rows kept, not with the file.
        - `admin1CodesASCII.txt`, `admin2Codes.txt`: first- and second-order divisions
          (`CC.ADMIN1`, `CC.ADMIN1.ADMIN2`, name, ASCII name, geonameid).
        - `countryInfo.txt`: countries (ISO codes, name, capital, population, geonameid). A header
          line starting `ISO` and GeoNames' `#` comment lines are both skipped.
        - `countries.tsv` (optional): conventional country points, demonyms, alternative spellings.
        - `alternateNamesV2.txt` (optional; not among the bundled sources): GeoNames' alternate names by
          language, read a line at a time. For the entries above, English and untagged names are kept,
          colloquial and historic ones are not (`Novorossiysk` was once a Ukrainian village's name);
          divisions and countries gain their English names (`Rural Damascus` for Rif-dimashq).
        - `no-country.txt` (optional): GeoNames' dump of what belongs to no country, in the geoname
          table layout. Kept by feature code: continents (`CONT`), macro-regions (`RGN`, `RGNE`: the
          Middle East, the Sahel, the Balkans), waters (`OCN`, `SEA`, `GULF`, `STRT`, `BAY`, `CHN`,
          `CHNM`: the Black Sea, the Sea of Azov, the Red Sea, the Persian Gulf) and islands (`ISL`,
          `ISLS`, `ATOL`), each at GeoNames' own point, with no country. Left out: undersea features
          (class `U`, four in five rows), reefs, shoals, banks, streams, oil and gas fields, and
          buildings: news rarely names them, and their names collide with towns. An event placed at
          a sea is coded with ACLED's water precision; on a coast (`a Mykolaiv suburb on the Black Sea
          shore`) the place on land is kept.

        ## Columns used

        | source | columns read |
        | --- | --- |
        | cities500.txt | geonameid, name, asciiname, alternatenames, latitude, longitude, feature class, feature code, country code, admin1 code, admin2 code, population, timezone |
        | admin1CodesASCII.txt, admin2Codes.txt | code, name, ascii name, geonameid |
        | countryInfo.txt | ISO, ISO3, Country, Capital, Population, geonameid |
        | countries.tsv | iso2, latitude, longitude, point_source, demonym, alt_spellings |

        Not read: cc2, admin3 and admin4 codes, elevation, dem, modification date, and the
        outlines of `countries.geojson` (too coarse to place a town near a border). That file
        is copied here as it is: `timelinectl map` draws it as the map's background.

        ## What is kept

        - Every place, division and country of the sources, worldwide.
        - Alternate names only in the Latin script, one per folded spelling (lower-case,
          diacritics, apostrophes and periods removed), without all-capital codes (`MOW`) or
          all-lower-case romanisations. Country spellings keep news abbreviations (`US`, `UK`, `UAE`)
          and drop ISO codes.
        - Coordinates as integers of 1e-5 degree, exactly GeoNames' five decimals.

        ## Name keys

        Every name is indexed under its folded form: lower case, diacritics removed, apostrophes
        and periods dropped, hyphens as spaces, `saint`/`sankt` as `st`, `mount` as `mt`,
        `northern` as `north` (and the other compass adjectives), and a word-final `iy`, `ij`, `ii`
        or `yy` as `y` (so Klimovsky finds Klimovskiy, Ilsky finds Il'skiy). Besides the name, the
        ASCII name and the kept alternates, a record is also indexed under:

        - for divisions, the name without its type word (`Bryansk Oblast` -> `bryansk`,
          `Klimovskiy Rayon` -> `klimovsky`), also a type word in another language that opens
          the name, with its article (`Province du Bam` -> `bam`, `Departamento de Villaguay` ->
          `villaguay`, `Kabupaten Aceh Besar` -> `aceh besar`, `Arrondissement d'Aquin` -> `aquin`);
          the language model's trainer leaves these last keys out of its place feature, as it
          leaves out continents and seas, so the model it trains is the one it trained before;
        - for first-order divisions, the spelling of the town they are named after when it differs
          (`Kiev` -> `kyiv`, `Kharkivs'ka Oblast'` -> `kharkiv`), because division rows carry no
          alternate names;
        - for countries, the name without `Republic of (the)`, `Kingdom of` and the like, so both
          Congos answer to `congo`;
        - in Arabic-speaking countries, the name without its article (`Al Hudaydah` -> `hudaydah`).

        Each index entry records whether the key is the record's own full name.

        ## Points of divisions and countries

        Divisions have no polygons or coordinates in these sources. Each is anchored to its seat,
        which gives its time zone: for a first-order division the PPLA row, else the national capital
        inside it, else its most populous place; for a second-order division the PPLA2 row carrying
        its code; else, because GeoNames gave Russian and many other towns no admin2 codes, the town it is
        named after in the same first-order division (`Klimovskiy Rayon` -> Klimovo, `Circunscrição de
        Macomia` -> Macomia); else its most populous coded
        place; else its parent. Such a seat town, when it had no admin2 code, gets the district as an
        *inferred* admin2 (flagged). Other uncoded towns keep no admin2. A division's point is GeoNames'
        own when the sources hold its ADM1/ADM2 row (a full dump such as `allCountries.txt`); else the
        middle of its places, the centre of the box their coordinates span (across the antimeridian
        when that box is narrower), which stands for the middle of the territory as GeoNames' own
        division points do, where the seat may lie at its edge (Texas's seat, Austin, is 230 km from
        it); a division none of whose places carries its code keeps its seat's or its parent's point.
        A country keeps the conventional point of `countries.tsv` (Russia 60, 100), or its capital where
        that file has none. Every record says which rule placed it (`PointSource`).

        ## Layout of gazetteer.bin

        Little-endian. A 256-byte header (`TLGZ0002`, counts, section offsets) and sections: 30-byte
        records (geonameid, string offset, latitude and longitude ×1e5, population, country, admin1
        and admin2 ordinals, time zone, kind and point source, feature code and inferred-admin2 flag),
        length-prefixed strings (u8 lengths, u16 for the alternates: name, ASCII name, tab-joined alternates, code), a name index sorted
        by the FNV-1a hash of the folded name (32 hash bits, 8 check bits, 24-bit record index), time zone
        and feature code tables, seat/capital anchors of divisions and countries, and per-country
        ISO3 code, demonym and capital name, and 65,537 bucket starts by the top 16 bits of the key hash.
        Records: countries, then admin1, admin2, places.

        ## Rebuild

        From a fresh GeoNames download (https://download.geonames.org/export/dump/): put
        `cities500.txt` (unzipped), `admin1CodesASCII.txt`, `admin2Codes.txt`, `countryInfo.txt`
        and optionally `countries.tsv` in one folder, then

            swift run -c release timelinectl gazetteer build --from DIR --out Gazetteer

        The output is deterministic: the same sources give the same bytes
        (`timelinectl gazetteer build --from ../shared/gazetteer --out /tmp/g && cmp /tmp/g/gazetteer.bin Gazetteer/gazetteer.bin`).

        ## Credits and licences

        - Place data: GeoNames (https://www.geonames.org/), licensed under Creative Commons
          Attribution 4.0 (CC BY 4.0). This gazetteer is derived from GeoNames data.
        - `countries.tsv` (country points, demonyms, spellings) and `countries.geojson` (the
          country outlines the map draws): the `countryinfo` package, MIT licence,
          Copyright (c) 2018 Porimol Chandro.

        """
    }
}
