//! Name normalisation, the name index and its binary form. Shared verbatim by
//! the library and `build.rs` (which precomputes the index of the embedded
//! data so that loading it costs a few copies instead of hashing every name).

/// Longest name, in tokens, that the scanner will match.
pub const MAX_TOKENS: usize = 8;

/// Cities at least this populous outrank homonymous regions and named places
/// when resolving ("New York" the city over the state).
pub const MAJOR_CITY_POPULATION: u64 = 1_000_000;

/// National capitals at least this populous count as major cities too
/// ("Washington" the capital over the state; not Hamilton, Bermuda over
/// Hamilton, Ontario).
pub const MAJOR_CAPITAL_POPULATION: u64 = 100_000;

pub(crate) const EMPTY_SLOT: u32 = u32::MAX;
pub(crate) const FLAG_COMMON: u8 = 1;
/// Every source of this key is written in capitals: match capitals only.
pub(crate) const FLAG_CASE_SENSITIVE: u8 = 2;
/// Some source of this key ends in a lowercase word ("Kursk region").
pub(crate) const FLAG_TAIL_LOWER_OK: u8 = 4;
/// Some source of this key is not an acronym.
pub(crate) const FLAG_MIXED_SOURCE: u8 = 8;
/// Some source of this key is an acronym.
pub(crate) const FLAG_HAS_ACRONYM: u8 = 16;

/// Magic and version of the binary index; bump on any layout change.
const MAGIC: &[u8; 8] = b"SRGAZ004";

/// What sort of place a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PlaceKind {
    /// A country or dependent territory (ISO 3166-1 entry).
    Country,
    /// A first-level administrative region (state, province, oblast, ...).
    Region,
    /// A second-level administrative region (district, county, department,
    /// territory, LGA, ...).
    District,
    /// A city, town or other populated place.
    City,
    /// Another named place: sea, desert, disputed area, geographic region.
    Place,
}

impl PlaceKind {
    /// Lowercase English name of the kind ("country", "region", "district",
    /// "city", "place").
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Country => "country",
            PlaceKind::Region => "region",
            PlaceKind::District => "district",
            PlaceKind::City => "city",
            PlaceKind::Place => "place",
        }
    }

    #[allow(dead_code)] // used by build.rs
    fn code(self) -> u8 {
        match self {
            PlaceKind::Country => 0,
            PlaceKind::Region => 1,
            PlaceKind::City => 2,
            PlaceKind::Place => 3,
            PlaceKind::District => 4,
        }
    }

    fn from_code(c: u32) -> Option<PlaceKind> {
        Some(match c {
            0 => PlaceKind::Country,
            1 => PlaceKind::Region,
            2 => PlaceKind::City,
            3 => PlaceKind::Place,
            4 => PlaceKind::District,
            _ => return None,
        })
    }
}

/// One parsed line of `places.tsv`; strings borrow from the data.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct RawPlace<'a> {
    pub kind: PlaceKind,
    /// A national capital (kind `K` in the data).
    pub capital: bool,
    pub name: &'a str,
    pub alternates: &'a str,
    pub country: &'a str,
    pub admin1: &'a str,
    /// Second-level region of a city (empty when unknown or not a city).
    pub admin2: &'a str,
    pub lat: f64,
    pub lon: f64,
    pub population: u64,
}

impl<'a> RawPlace<'a> {
    pub fn names(&self) -> impl Iterator<Item = &'a str> {
        std::iter::once(self.name).chain(self.alternates.split('|').filter(|s| !s.is_empty()))
    }
}

pub(crate) fn parse_line(line: &str) -> Option<RawPlace<'_>> {
    let mut f = line.split('\t');
    let (kind, capital) = match f.next()? {
        "C" => (PlaceKind::Country, false),
        "R" => (PlaceKind::Region, false),
        "D" => (PlaceKind::District, false),
        "K" => (PlaceKind::City, true),
        "T" => (PlaceKind::City, false),
        "P" => (PlaceKind::Place, false),
        _ => return None,
    };
    let name = f.next()?;
    let alternates = f.next()?;
    let country = f.next()?;
    let admin1 = f.next()?;
    let admin2 = f.next()?;
    let lat: f64 = f.next()?.parse().ok()?;
    let lon: f64 = f.next()?.parse().ok()?;
    let population: u64 = f.next()?.parse().ok()?;
    if name.is_empty()
        || f.next().is_some()
        || !(-90.0..=90.0).contains(&lat)
        || !(-180.0..=180.0).contains(&lon)
    {
        return None;
    }
    Some(RawPlace {
        kind,
        capital,
        name,
        alternates,
        country,
        admin1,
        admin2,
        lat,
        lon,
        population,
    })
}

/// Parses every non-comment line of a `places.tsv` text.
pub(crate) fn parse_places(tsv: &str) -> Result<Vec<RawPlace<'_>>, String> {
    let mut places = Vec::with_capacity(tsv.len() / 80);
    for (lineno, line) in tsv.lines().enumerate() {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        places.push(
            parse_line(line).ok_or_else(|| format!("places line {}: malformed", lineno + 1))?,
        );
    }
    if places.len() >= u32::MAX as usize {
        return Err("too many places".into());
    }
    Ok(places)
}

/// Context-free class of a place, larger is preferred among places of one
/// name: countries; major cities (see [`MAJOR_CITY_POPULATION`] and
/// [`MAJOR_CAPITAL_POPULATION`]); our hand-picked news places; then regions
/// and other cities together, so that population decides between them
/// ("Ontario" the province over Ontario, California; Hamilton, Ontario over
/// the Bermudan parish).
pub(crate) fn place_class(kind: PlaceKind, capital: bool, population: u64) -> u8 {
    match kind {
        PlaceKind::Country => 4,
        PlaceKind::City
            if population >= MAJOR_CITY_POPULATION
                || (capital && population >= MAJOR_CAPITAL_POPULATION) =>
        {
            3
        }
        PlaceKind::Place => 2,
        PlaceKind::Region | PlaceKind::District | PlaceKind::City => 1,
    }
}

/// [`place_class`], then population.
pub(crate) fn static_rank(p: &RawPlace<'_>) -> (u8, u64) {
    (place_class(p.kind, p.capital, p.population), p.population)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    pub hash: u64,
    pub key_start: u32,
    pub key_len: u32,
    pub ids_start: u32,
    pub ids_len: u32,
    pub flags: u8,
}

/// Normalised names -> place ids (see the crate docs for the layout).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Index {
    pub keys: String,
    pub entries: Vec<Entry>,
    /// Open addressing, linear probing; power-of-two length; entry indices.
    pub slots: Vec<u32>,
    pub ids: Vec<u32>,
}

impl Index {
    /// Builds the index of `places` and flags the names in `common_names`.
    pub fn build(places: &[RawPlace<'_>], common_names: &str) -> Index {
        let names: usize = places
            .iter()
            .map(|p| 1 + p.alternates.matches('|').count())
            .sum();
        let mut builder = IndexBuilder::new(names + names / 2);
        // (entry, place, whether the key is the place's main name)
        let mut pairs: Vec<(u32, u32, bool)> = Vec::with_capacity(names);
        for (id, place) in places.iter().enumerate() {
            for (i, name) in place.names().enumerate() {
                if let Some(entry) = builder.add_name(name) {
                    pairs.push((entry, id as u32, i == 0));
                }
            }
        }
        // One pair per (entry, place), keeping "main name" when both occur.
        pairs.sort_unstable_by_key(|&(e, id, primary)| (e, id, !primary));
        pairs.dedup_by_key(|p| (p.0, p.1));
        // Best first: class (see `place_class`), then places whose main name
        // this is before those that merely have it as an alternate (Islamabad
        // before a town listing "Islamabad" as an old name), then population,
        // then id.
        let ranks: Vec<(u8, u64)> = places.iter().map(static_rank).collect();
        pairs.sort_unstable_by(|a, b| {
            let (ra, rb) = (ranks[a.1 as usize], ranks[b.1 as usize]);
            a.0.cmp(&b.0)
                .then(rb.0.cmp(&ra.0))
                .then(b.2.cmp(&a.2))
                .then(rb.1.cmp(&ra.1))
                .then(a.1.cmp(&b.1))
        });
        let mut index = Index {
            keys: builder.keys,
            entries: builder.entries,
            slots: builder.slots,
            ids: Vec::with_capacity(pairs.len()),
        };
        let mut i = 0;
        while i < pairs.len() {
            let entry = pairs[i].0;
            let start = index.ids.len() as u32;
            while i < pairs.len() && pairs[i].0 == entry {
                index.ids.push(pairs[i].1);
                i += 1;
            }
            let e = &mut index.entries[entry as usize];
            e.ids_start = start;
            e.ids_len = index.ids.len() as u32 - start;
        }
        let mut key = String::new();
        for line in common_names.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') || normalize_name(line, &mut key).is_none()
            {
                continue;
            }
            if let Some(e) = index.find_entry(&key) {
                index.entries[e].flags |= FLAG_COMMON;
            }
        }
        index
    }

    #[inline]
    pub fn find_entry(&self, key: &str) -> Option<usize> {
        let h = hash_key(key.as_bytes());
        let mask = self.slots.len() - 1;
        let mut slot = (h as usize) & mask;
        loop {
            let idx = self.slots[slot];
            if idx == EMPTY_SLOT {
                return None;
            }
            let e = &self.entries[idx as usize];
            if e.hash == h && self.key(e) == key {
                return Some(idx as usize);
            }
            slot = (slot + 1) & mask;
        }
    }

    #[inline]
    pub fn key(&self, e: &Entry) -> &str {
        &self.keys[e.key_start as usize..(e.key_start + e.key_len) as usize]
    }

    /// Serialises the places (as byte offsets into `tsv`, which they must
    /// borrow from) and the index. Little-endian; see [`Index::decode`].
    #[allow(dead_code)] // used by build.rs and tests
    pub fn encode(&self, tsv: &str, places: &[RawPlace<'_>]) -> Vec<u8> {
        let base = tsv.as_ptr() as usize;
        let off = |s: &str| -> [u32; 2] {
            let o = s.as_ptr() as usize - base;
            assert!(o + s.len() <= tsv.len(), "string not borrowed from the tsv");
            [o as u32, s.len() as u32]
        };
        let mut w = Writer(Vec::with_capacity(16 << 20));
        w.0.extend_from_slice(MAGIC);
        w.u32(tsv.len() as u32);
        w.u32(places.len() as u32);
        for p in places {
            for s in [p.name, p.alternates, p.country, p.admin1, p.admin2] {
                let [o, l] = off(s);
                w.u32(o);
                w.u32(l);
            }
            w.u32(p.kind.code() as u32 | (p.capital as u32) << 8);
            w.u64(p.lat.to_bits());
            w.u64(p.lon.to_bits());
            w.u64(p.population);
        }
        w.u32(self.keys.len() as u32);
        w.0.extend_from_slice(self.keys.as_bytes());
        w.u32(self.entries.len() as u32);
        for e in &self.entries {
            w.u64(e.hash);
            w.u32(e.key_start);
            w.u32(e.key_len);
            w.u32(e.ids_start);
            w.u32(e.ids_len);
            w.u32(e.flags as u32);
        }
        w.u32(self.slots.len() as u32);
        for &s in &self.slots {
            w.u32(s);
        }
        w.u32(self.ids.len() as u32);
        for &i in &self.ids {
            w.u32(i);
        }
        // The countries' ids, so that a reader need not look at every place to find them.
        let countries: Vec<u32> = (0..places.len() as u32)
            .filter(|&id| places[id as usize].kind == PlaceKind::Country)
            .collect();
        w.u32(countries.len() as u32);
        for &c in &countries {
            w.u32(c);
        }
        w.0
    }
}

/// The binary index read in place: places and name index are decoded from the bytes on
/// each access instead of being copied into tables at load time. For the embedded
/// gazetteer the bytes are the program's own read-only data, so loading costs a header
/// check and the memory is only the pages a run touches (shared between processes).
/// Only `build.rs` and [`Index::encode`] write these bytes; a lookup never panics and never
/// loops on corrupt ones (a bad offset reads as empty, a probe stops after every slot).
#[allow(dead_code)] // build.rs includes this file but only writes the index
pub(crate) struct IndexView {
    blob: std::borrow::Cow<'static, [u8]>,
    tsv: &'static str,
    places_at: usize,
    n_places: usize,
    keys_at: usize,
    keys_len: usize,
    entries_at: usize,
    n_entries: usize,
    slots_at: usize,
    n_slots: usize,
    ids_at: usize,
    n_ids: usize,
    countries: Vec<u32>,
    /// The countries by their code in ASCII capitals, sorted, each code with the first
    /// country (in id order) that has it: [`IndexView::country_by_code`] searches it
    /// instead of comparing the code of every country.
    country_codes: Vec<(Box<[u8]>, u32)>,
}

#[allow(dead_code)]
impl IndexView {
    /// Reads the header and section sizes of an index [`Index::encode`] wrote for `tsv`.
    pub fn new(
        blob: std::borrow::Cow<'static, [u8]>,
        tsv: &'static str,
    ) -> Result<IndexView, String> {
        let mut r = Reader { b: &blob, pos: 0 };
        if r.take(8)? != MAGIC {
            return Err("bad magic".into());
        }
        if r.u32()? as usize != tsv.len() {
            return Err("index built from different data".into());
        }
        let n_places = r.u32()? as usize;
        let places_at = r.pos;
        r.take(n_places.checked_mul(PLACE_RECORD).ok_or("overflow")?)?;
        let keys_len = r.u32()? as usize;
        let keys_at = r.pos;
        r.take(keys_len)?;
        let n_entries = r.u32()? as usize;
        let entries_at = r.pos;
        r.take(n_entries.checked_mul(ENTRY_RECORD).ok_or("overflow")?)?;
        let n_slots = r.u32()? as usize;
        let slots_at = r.pos;
        r.take(n_slots.checked_mul(4).ok_or("overflow")?)?;
        let n_ids = r.u32()? as usize;
        let ids_at = r.pos;
        r.take(n_ids.checked_mul(4).ok_or("overflow")?)?;
        let n_countries = r.u32()? as usize;
        let countries = r.u32s(n_countries)?;
        if r.pos != blob.len() || !n_slots.is_power_of_two() || n_entries >= n_slots {
            return Err("bad index layout".into());
        }
        if countries.iter().any(|&c| c as usize >= n_places) {
            return Err("bad country id".into());
        }
        let mut view = IndexView {
            blob,
            tsv,
            places_at,
            n_places,
            keys_at,
            keys_len,
            entries_at,
            n_entries,
            slots_at,
            n_slots,
            ids_at,
            n_ids,
            countries,
            country_codes: Vec::new(),
        };
        let mut codes: Vec<(Box<[u8]>, u32)> = view
            .countries
            .iter()
            .map(|&id| {
                let code = view
                    .country_code(id as usize)
                    .as_bytes()
                    .to_ascii_uppercase();
                (code.into_boxed_slice(), id)
            })
            .collect();
        // Stable: of the countries sharing a code, the first in id order comes first.
        codes.sort_by(|a, b| a.0.cmp(&b.0));
        codes.dedup_by(|later, first| later.0 == first.0);
        view.country_codes = codes;
        Ok(view)
    }

    /// The first country (in the order of [`IndexView::countries`]) whose code equals
    /// `code` ignoring ASCII case: a binary search of the codes in capitals.
    pub fn country_by_code(&self, code: &str) -> Option<u32> {
        let mut buf = [0u8; 16];
        let upper: &[u8] = match buf.get_mut(..code.len()) {
            Some(b) => {
                b.copy_from_slice(code.as_bytes());
                b.make_ascii_uppercase();
                b
            }
            None => return self.country_by_long_code(code),
        };
        self.country_codes
            .binary_search_by(|(c, _)| (**c).cmp(upper))
            .ok()
            .map(|k| self.country_codes[k].1)
    }

    /// [`IndexView::country_by_code`] for a code of more than 16 bytes (none is).
    fn country_by_long_code(&self, code: &str) -> Option<u32> {
        let upper = code.as_bytes().to_ascii_uppercase();
        self.country_codes
            .binary_search_by(|(c, _)| (**c).cmp(&upper[..]))
            .ok()
            .map(|k| self.country_codes[k].1)
    }

    /// Checks every offset and table invariant (what [`IndexView::new`] leaves to the
    /// accessors): for tests, and for indexes not written by this build.
    pub fn validate(&self) -> Result<(), String> {
        for id in 0..self.n_places {
            let rec = self.place_record(id);
            for at in [0, 8, 16, 24, 32] {
                let (o, l) = (le32(rec, at) as usize, le32(rec, at + 4) as usize);
                if self.tsv.get(o..o + l).is_none() {
                    return Err("bad string offset".into());
                }
            }
            if PlaceKind::from_code(le32(rec, 40) & 0xff).is_none() {
                return Err("bad kind".into());
            }
        }
        if std::str::from_utf8(&self.blob[self.keys_at..self.keys_at + self.keys_len]).is_err() {
            return Err("keys not UTF-8".into());
        }
        for e in 0..self.n_entries {
            let e = self.entry(e);
            let key_end = e.key_start as usize + e.key_len as usize;
            let ids_end = e.ids_start as usize + e.ids_len as usize;
            if key_end > self.keys_len || ids_end > self.n_ids {
                return Err("bad entry".into());
            }
        }
        let mut empty = false;
        for slot in 0..self.n_slots {
            let s = self.slot(slot);
            empty |= s == EMPTY_SLOT;
            if s != EMPTY_SLOT && s as usize >= self.n_entries {
                return Err("bad slot".into());
            }
        }
        if !empty || (0..self.n_ids).any(|i| self.id_at(i) as usize >= self.n_places) {
            return Err("bad slot or id".into());
        }
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.n_places
    }

    /// Ids of the countries, in id order.
    pub fn countries(&self) -> &[u32] {
        &self.countries
    }

    /// The record as a fixed-size array, so that reading its fields at constant offsets
    /// (`le32`, `le64`, inlined) needs no bounds check of its own.
    #[inline]
    fn place_record(&self, id: usize) -> &[u8; PLACE_RECORD] {
        let at = self.places_at + id * PLACE_RECORD;
        self.blob[at..at + PLACE_RECORD]
            .try_into()
            .expect("a whole record")
    }

    /// Place `id`. Panics on an id out of range, like indexing.
    pub fn place(&self, id: usize) -> RawPlace<'static> {
        assert!(id < self.n_places, "place id {id} out of range");
        let rec = self.place_record(id);
        let tsv = self.tsv;
        let slice = |at: usize| -> &'static str {
            let (o, l) = (le32(rec, at) as usize, le32(rec, at + 4) as usize);
            tsv.get(o..o + l).unwrap_or("")
        };
        RawPlace {
            name: slice(0),
            alternates: slice(8),
            country: slice(16),
            admin1: slice(24),
            admin2: slice(32),
            kind: PlaceKind::from_code(le32(rec, 40) & 0xff).unwrap_or(PlaceKind::Place),
            capital: le32(rec, 40) & 0x100 != 0,
            lat: f64::from_bits(le64(rec, 44)),
            lon: f64::from_bits(le64(rec, 52)),
            population: le64(rec, 60),
        }
    }

    /// The country code of place `id` alone (for scans over the countries).
    pub fn country_code(&self, id: usize) -> &'static str {
        let rec = self.place_record(id);
        let (o, l) = (le32(rec, 16) as usize, le32(rec, 20) as usize);
        self.tsv.get(o..o + l).unwrap_or("")
    }

    #[inline]
    fn u32_at(&self, at: usize) -> u32 {
        self.blob.get(at..at + 4).map_or(EMPTY_SLOT, |b| le32(b, 0))
    }

    #[inline]
    fn slot(&self, i: usize) -> u32 {
        self.u32_at(self.slots_at + 4 * i)
    }

    #[inline]
    fn id_at(&self, i: usize) -> u32 {
        self.u32_at(self.ids_at + 4 * i)
    }

    /// Entry `e` (an index [`IndexView::find_entry`] returned).
    #[inline]
    pub fn entry(&self, e: usize) -> Entry {
        let at = self.entries_at + e * ENTRY_RECORD;
        match self.blob.get(at..at + ENTRY_RECORD) {
            Some(rec) if e < self.n_entries => Entry {
                hash: le64(rec, 0),
                key_start: le32(rec, 8),
                key_len: le32(rec, 12),
                ids_start: le32(rec, 16),
                ids_len: le32(rec, 20),
                flags: le32(rec, 24) as u8,
            },
            _ => Entry {
                hash: 0,
                key_start: 0,
                key_len: 0,
                ids_start: 0,
                ids_len: 0,
                flags: 0,
            },
        }
    }

    fn key_bytes(&self, e: &Entry) -> &[u8] {
        let start = e.key_start as usize;
        let end = start + e.key_len as usize;
        if end > self.keys_len {
            return &[];
        }
        &self.blob[self.keys_at + start..self.keys_at + end]
    }

    /// The entry of normalised key `key`, if any.
    #[inline]
    pub fn find_entry(&self, key: &str) -> Option<usize> {
        let h = hash_key(key.as_bytes());
        let mask = self.n_slots - 1;
        let mut slot = (h as usize) & mask;
        for _ in 0..self.n_slots {
            let idx = self.slot(slot);
            if idx == EMPTY_SLOT {
                return None;
            }
            let e = self.entry(idx as usize);
            if e.hash == h && self.key_bytes(&e) == key.as_bytes() {
                return Some(idx as usize);
            }
            slot = (slot + 1) & mask;
        }
        None
    }

    /// The place ids of entry `e`, best first.
    pub fn entry_ids(&self, e: &Entry) -> Vec<u32> {
        let start = (e.ids_start as usize).min(self.n_ids);
        let end = (e.ids_start as usize + e.ids_len as usize).min(self.n_ids);
        (start..end).map(|i| self.id_at(i)).collect()
    }

    /// Bytes of the index held on the heap (0 when it is read in place from static data).
    pub fn heap_bytes(&self) -> usize {
        let owned = match &self.blob {
            std::borrow::Cow::Borrowed(_) => 0,
            std::borrow::Cow::Owned(v) => v.capacity(),
        };
        owned
            + self.countries.capacity() * 4
            + self
                .country_codes
                .iter()
                .map(|(c, _)| c.len() + std::mem::size_of::<(Box<[u8]>, u32)>())
                .sum::<usize>()
    }

    /// Whether two views hold the same bytes (same places, same index).
    pub fn same_bytes(&self, other: &IndexView) -> bool {
        self.blob == other.blob
    }
}

#[allow(dead_code)] // used by build.rs
struct Writer(Vec<u8>);

#[allow(dead_code)]
impl Writer {
    fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
}

/// Bytes per place record and per entry record in the binary index.
const PLACE_RECORD: usize = 68;
const ENTRY_RECORD: usize = 28;

#[inline]
fn le32(b: &[u8], at: usize) -> u32 {
    // One range check for the four bytes, not one per byte.
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes"))
}

#[inline]
fn le64(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}

struct Reader<'b> {
    b: &'b [u8],
    pos: usize,
}

impl<'b> Reader<'b> {
    fn take(&mut self, n: usize) -> Result<&'b [u8], String> {
        let s = self
            .b
            .get(self.pos..self.pos + n)
            .ok_or("truncated index")?;
        self.pos += n;
        Ok(s)
    }
    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }
    fn u32s(&mut self, n: usize) -> Result<Vec<u32>, String> {
        let raw = self.take(n.checked_mul(4).ok_or("overflow")?)?;
        Ok(raw.chunks_exact(4).map(|c| le32(c, 0)).collect())
    }
}

struct IndexBuilder {
    keys: String,
    entries: Vec<Entry>,
    slots: Vec<u32>,
    scratch: String,
}

impl IndexBuilder {
    fn new(expected_keys: usize) -> Self {
        let slots = (expected_keys * 2).next_power_of_two().max(16);
        IndexBuilder {
            keys: String::with_capacity(expected_keys * 12),
            entries: Vec::with_capacity(expected_keys),
            slots: vec![EMPTY_SLOT; slots],
            scratch: String::with_capacity(64),
        }
    }

    /// Indexes one name and its token-boundary prefixes; returns the entry of
    /// the full name, or `None` when the name cannot be matched in text.
    fn add_name(&mut self, name: &str) -> Option<u32> {
        let mut scratch = std::mem::take(&mut self.scratch);
        let result = normalize_name_with_cuts(name, &mut scratch).map(|cuts| {
            for &cut in &cuts.prefix_ends[..cuts.count - 1] {
                self.intern(&scratch[..cut]);
            }
            let e = self.intern(&scratch);
            let flags = &mut self.entries[e as usize].flags;
            if cuts.acronym {
                *flags |= FLAG_HAS_ACRONYM;
                if *flags & FLAG_MIXED_SOURCE == 0 {
                    *flags |= FLAG_CASE_SENSITIVE;
                }
            } else {
                *flags &= !FLAG_CASE_SENSITIVE;
                *flags |= FLAG_MIXED_SOURCE;
            }
            if cuts.tail_lower {
                *flags |= FLAG_TAIL_LOWER_OK;
            }
            e
        });
        self.scratch = scratch;
        result
    }

    fn intern(&mut self, key: &str) -> u32 {
        if self.entries.len() * 2 >= self.slots.len() {
            self.grow();
        }
        let h = hash_key(key.as_bytes());
        let mask = self.slots.len() - 1;
        let mut slot = (h as usize) & mask;
        loop {
            let idx = self.slots[slot];
            if idx == EMPTY_SLOT {
                let idx = self.entries.len() as u32;
                self.entries.push(Entry {
                    hash: h,
                    key_start: self.keys.len() as u32,
                    key_len: key.len() as u32,
                    ids_start: 0,
                    ids_len: 0,
                    flags: 0,
                });
                self.keys.push_str(key);
                self.slots[slot] = idx;
                return idx;
            }
            let e = &self.entries[idx as usize];
            if e.hash == h
                && &self.keys[e.key_start as usize..(e.key_start + e.key_len) as usize] == key
            {
                return idx;
            }
            slot = (slot + 1) & mask;
        }
    }

    fn grow(&mut self) {
        let n = self.slots.len() * 2;
        self.slots = vec![EMPTY_SLOT; n];
        for (i, e) in self.entries.iter().enumerate() {
            let mut slot = (e.hash as usize) & (n - 1);
            while self.slots[slot] != EMPTY_SLOT {
                slot = (slot + 1) & (n - 1);
            }
            self.slots[slot] = i as u32;
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sep {
    Space,
    Hyphen,
    Apostrophe,
    Dot,
    DotSpace,
    CommaSpace,
}

impl Sep {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Sep::Space => " ",
            Sep::Hyphen => "-",
            Sep::Apostrophe => "'",
            Sep::Dot => ".",
            Sep::DotSpace => ". ",
            Sep::CommaSpace => ", ",
        }
    }

    /// Whether the next token begins a new (space-separated) word.
    pub(crate) fn starts_new_word(self) -> bool {
        matches!(self, Sep::Space | Sep::DotSpace | Sep::CommaSpace)
    }
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{02BB}' | '\u{02BF}' | '`' | '\u{00B4}'
    )
}

/// Classifies the text between two tokens; `None` when it breaks a name.
pub(crate) fn classify_separator(s: &str) -> Option<Sep> {
    let mut chars = s.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    let all_space = |t: &str| !t.is_empty() && t.chars().all(char::is_whitespace);
    if first.is_whitespace() {
        return (rest.is_empty() || all_space(rest)).then_some(Sep::Space);
    }
    if rest.is_empty() {
        return if is_hyphen(first) {
            Some(Sep::Hyphen)
        } else if is_apostrophe(first) {
            Some(Sep::Apostrophe)
        } else if first == '.' {
            Some(Sep::Dot)
        } else {
            None
        };
    }
    match first {
        '.' if all_space(rest) => Some(Sep::DotSpace),
        ',' if all_space(rest) => Some(Sep::CommaSpace),
        _ => None,
    }
}

/// A character that belongs inside a token (letters, digits, combining marks).
#[inline]
fn is_token_char(c: char) -> bool {
    sitrep_textview::is_alphanumeric_fast(c) || ('\u{0300}'..='\u{036F}').contains(&c)
}

/// What a byte is to [`next_token`]: [`SEP`] (ASCII, not a letter or digit), [`TOKEN`]
/// (an ASCII letter or digit) or [`WIDE`] (part of a code point above ASCII, decoded).
const SEP: u8 = 0;
const TOKEN: u8 = 1;
const WIDE: u8 = 2;
static BYTE_CLASS: [u8; 256] = {
    let mut t = [WIDE; 256];
    let mut b = 0;
    while b < 0x80 {
        t[b] = if (b as u8).is_ascii_alphanumeric() {
            TOKEN
        } else {
            SEP
        };
        b += 1;
    }
    t
};

/// The next token at or after byte `from`: `(start, end)` byte offsets.
#[inline]
pub(crate) fn next_token(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = from;
    // Skip non-token characters; ASCII by a table, other code points decoded.
    let start = loop {
        let b = *bytes.get(i)?;
        match BYTE_CLASS[b as usize] {
            TOKEN => break i,
            SEP => i += 1,
            _ => {
                let c = text[i..].chars().next()?;
                if is_token_char(c) {
                    break i;
                }
                i += c.len_utf8();
            }
        }
    };
    let mut j = start;
    while let Some(&b) = bytes.get(j) {
        match BYTE_CLASS[b as usize] {
            TOKEN => j += 1,
            SEP => break,
            _ => {
                let c = text[j..].chars().next()?;
                if !is_token_char(c) {
                    break;
                }
                j += c.len_utf8();
            }
        }
    }
    Some((start, j))
}

/// The tokens [`next_token`] finds in `view.text`, read from the view's tokens: a token is
/// a run of adjacent view tokens each of which is a word (letters), a number (ASCII
/// digits) or a single character the view calls punctuation that is a token character
/// all the same (a combining accent, a digit outside ASCII). The view has already read
/// every byte, so this reads only its tokens (and decodes the rare non-ASCII punctuation).
pub(crate) fn tokens_of_view(view: &sitrep_textview::View<'_>) -> Vec<(usize, usize)> {
    use sitrep_textview::Kind;
    let text = view.text;
    let is_part = |t: &sitrep_textview::Tok| match t.kind {
        Kind::Word | Kind::Num => true,
        Kind::Punct => {
            text.as_bytes()[t.start] >= 0x80
                && text[t.start..].chars().next().is_some_and(is_token_char)
        }
    };
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(view.toks.len());
    // A token that is no part lies between two parts it separates, so parts are one
    // token exactly where they touch.
    for t in view.toks.iter().filter(|t| is_part(t)) {
        match out.last_mut() {
            Some(last) if last.1 == t.start => last.1 = t.end,
            _ => out.push((t.start, t.end)),
        }
    }
    out
}

#[inline]
pub(crate) fn starts_uppercase(token: &str) -> bool {
    let b = token.as_bytes()[0];
    if b < 0x80 {
        b.is_ascii_uppercase()
    } else {
        token.chars().next().is_some_and(char::is_uppercase)
    }
}

pub(crate) fn has_lowercase(s: &str) -> bool {
    s.chars().any(char::is_lowercase)
}

/// Two or three letters, all capitals ("BLA", "UN"): in news text such a word
/// is an acronym, so it matches only names that are acronyms themselves.
pub(crate) fn is_short_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    (2..=3).contains(&letters)
}

#[inline]
pub(crate) fn push_lower(out: &mut String, token: &str) {
    if token.is_ascii() {
        // One copy and an in-place fold, not a `char` pushed (and encoded) per byte.
        let start = out.len();
        out.push_str(token);
        out[start..].make_ascii_lowercase();
    } else {
        for c in token.chars() {
            out.extend(c.to_lowercase());
        }
    }
}

struct Cuts {
    /// Byte length of the key after each token.
    prefix_ends: [usize; MAX_TOKENS],
    count: usize,
    /// Every letter of the name is a capital ("UK", "U.S.").
    acronym: bool,
    /// The name's last word starts with a lowercase letter.
    tail_lower: bool,
}

/// Normalises a name into `out` (see crate docs); `None` if it has no token,
/// more than [`MAX_TOKENS`] tokens, or a separator the scanner cannot cross.
fn normalize_name_with_cuts(name: &str, out: &mut String) -> Option<Cuts> {
    out.clear();
    let name = name.trim_matches(|c: char| !is_token_char(c));
    let mut cuts = Cuts {
        prefix_ends: [0; MAX_TOKENS],
        count: 0,
        acronym: true,
        tail_lower: false,
    };
    let mut pos = 0;
    let mut prev_end = None;
    while let Some((s, e)) = next_token(name, pos) {
        if cuts.count == MAX_TOKENS {
            return None;
        }
        let token = &name[s..e];
        match prev_end {
            None => cuts.tail_lower = !starts_uppercase(token),
            Some(pe) => {
                let sep = classify_separator(&name[pe..s])?;
                if sep.starts_new_word() {
                    cuts.tail_lower = !starts_uppercase(token);
                }
                out.push_str(sep.as_str());
            }
        }
        if token.chars().any(char::is_lowercase) {
            cuts.acronym = false;
        }
        push_lower(out, token);
        cuts.prefix_ends[cuts.count] = out.len();
        cuts.count += 1;
        prev_end = Some(e);
        pos = e;
    }
    if cuts.count == 0 {
        return None;
    }
    // A single capital letter is no acronym worth a case-sensitive rule.
    if cuts.acronym && name.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        cuts.acronym = false;
    }
    Some(cuts)
}

pub(crate) fn normalize_name(name: &str, out: &mut String) -> Option<()> {
    normalize_name_with_cuts(name, out).map(|_| ())
}

/// FxHash-style multiplicative hash over 8-byte chunks.
#[inline]
pub(crate) fn hash_key(bytes: &[u8]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let v = u64::from_le_bytes(c.try_into().expect("8-byte chunk"));
        h = (h.rotate_left(5) ^ v).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut buf = [0u8; 8];
        buf[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(K);
    }
    // Final avalanche so the low bits used for the slot index are well mixed.
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^ (h >> 32)
}
