//! Places to district and village level (issue #12): place mentions in sentences written
//! for the purpose in the style of conflict reporting, spread over Africa, the Middle
//! East, South and Southeast Asia, Europe and the Americas. Each mention carries the
//! coordinates a reader would give it, written from knowledge of geography before the
//! engine ran, its ISO3 country, and whether the sentence names that country.
//!
//! The test runs the whole pipeline (`Pipeline::explain` lists every place with its
//! coordinates), prints the share of mentions placed within 50 km and per region, and
//! asserts a floor just under the measured figure. It also asserts that no mention is
//! placed on the wrong continent when the sentence names its country.

use sitrep_core::Pipeline;
use sitrep_record::InputDocument;

/// (place as written, ISO3, latitude, longitude, the sentence names the country)
type Mention = (&'static str, &'static str, f64, f64, bool);

/// (region, sentence, mentions)
const CASES: &[(&str, &str, &[Mention])] = &[
    // ---------------- Africa ----------------
    ("africa", "Militants attacked a military post near Gwoza in Borno state on Sunday, residents said.",
        &[("Gwoza", "NGA", 11.08, 13.69, false)]),
    ("africa", "Boko Haram fighters raided Bama, a town in Borno, killing at least ten people.",
        &[("Bama", "NGA", 11.52, 13.69, false)]),
    ("africa", "Nigerian troops said they had cleared insurgent camps in the Sambisa forest.",
        &[("Sambisa", "NGA", 11.3, 13.5, true)]),
    ("africa", "A suicide bomber struck a market in Konduga, about 35 km from Maiduguri.",
        &[("Konduga", "NGA", 11.65, 13.42, false), ("Maiduguri", "NGA", 11.85, 13.16, false)]),
    ("africa", "Gunmen abducted more than 80 passengers on the road between Kaduna and Abuja in Nigeria.",
        &[("Kaduna", "NGA", 10.52, 7.44, true)]),
    ("africa", "Herders and farmers clashed near Jos, the capital of Plateau state, on Friday.",
        &[("Jos", "NGA", 9.93, 8.89, false)]),
    ("africa", "Police in Makurdi said 20 people were killed in attacks on villages in Benue state.",
        &[("Makurdi", "NGA", 7.73, 8.54, false)]),
    ("africa", "Bandits stormed a boarding school in Gusau, Zamfara, and took dozens of girls.",
        &[("Gusau", "NGA", 12.16, 6.66, false)]),
    ("africa", "Jihadists killed soldiers near Tillaberi in western Niger close to the border with Mali.",
        &[("Tillaberi", "NER", 14.21, 1.45, true)]),
    ("africa", "Aid workers said thousands had fled to Diffa after raids on their villages.",
        &[("Diffa", "NER", 13.32, 12.61, false)]),
    ("africa", "Malian soldiers and Russian mercenaries entered Kidal after separatists withdrew.",
        &[("Kidal", "MLI", 18.44, 1.41, true)]),
    ("africa", "A rocket attack hit the airport in Gao, the largest city in northern Mali.",
        &[("Gao", "MLI", 16.27, -0.04, true)]),
    ("africa", "The blockade of Timbuktu has cut off food supplies, residents told reporters.",
        &[("Timbuktu", "MLI", 16.77, -3.00, false)]),
    ("africa", "Fighting was reported around Menaka and Mopti as the junta pressed its offensive in Mali.",
        &[("Menaka", "MLI", 15.92, 2.40, true), ("Mopti", "MLI", 14.49, -4.20, true)]),
    ("africa", "Hundreds of civilians were killed in Barsalogho, Burkina Faso, while digging trenches.",
        &[("Barsalogho", "BFA", 13.42, -1.06, true)]),
    ("africa", "The besieged town of Djibo has depended on air drops for two years.",
        &[("Djibo", "BFA", 14.10, -1.63, false)]),
    ("africa", "Displaced families crowded into camps around Kaya, Burkina Faso.",
        &[("Kaya", "BFA", 13.09, -1.08, true)]),
    ("africa", "Militants ambushed a convoy between Dori and Fada N'Gourma in eastern Burkina Faso.",
        &[("Dori", "BFA", 14.03, -0.03, true), ("Fada N'Gourma", "BFA", 12.06, 0.36, true)]),
    ("africa", "The Rapid Support Forces shelled El Fasher, the last army stronghold in Darfur.",
        &[("El Fasher", "SDN", 13.63, 25.35, false)]),
    ("africa", "Drone strikes hit Nyala and El Geneina overnight, Sudanese officials said.",
        &[("Nyala", "SDN", 12.05, 24.88, true), ("El Geneina", "SDN", 13.45, 22.45, true)]),
    ("africa", "The army regained control of Wad Madani, capital of Gezira state, in January.",
        &[("Wad Madani", "SDN", 14.40, 33.52, false)]),
    ("africa", "Shells fell on a market in Omdurman, across the Nile from Khartoum.",
        &[("Omdurman", "SDN", 15.64, 32.48, false), ("Khartoum", "SDN", 15.50, 32.56, false)]),
    ("africa", "Thousands fled El Obeid and Kadugli as fighting spread in Sudan's Kordofan region.",
        &[("El Obeid", "SDN", 13.18, 30.22, true), ("Kadugli", "SDN", 11.01, 29.72, true)]),
    ("africa", "Clashes broke out in Malakal, Upper Nile state, between rival South Sudanese forces.",
        &[("Malakal", "SSD", 9.53, 31.66, true)]),
    ("africa", "Cattle raiders killed 17 people near Bor, in South Sudan's Jonglei state.",
        &[("Bor", "SSD", 6.21, 31.56, true)]),
    ("africa", "Ethiopian federal forces entered Mekelle, the Tigray regional capital.",
        &[("Mekelle", "ETH", 13.50, 39.47, true)]),
    ("africa", "Fano militiamen briefly seized Lalibela and parts of Gondar in the Amhara region.",
        &[("Lalibela", "ETH", 12.03, 39.04, false), ("Gondar", "ETH", 12.60, 37.47, false)]),
    ("africa", "A drone strike in Bahir Dar killed several civilians, Ethiopian media reported.",
        &[("Bahir Dar", "ETH", 11.59, 37.39, true)]),
    ("africa", "Al-Shabaab fighters attacked a base near Beledweyne in central Somalia.",
        &[("Beledweyne", "SOM", 4.74, 45.20, true)]),
    ("africa", "Car bombs exploded at a checkpoint in Baidoa and in the port city of Kismayo.",
        &[("Baidoa", "SOM", 3.12, 43.65, false), ("Kismayo", "SOM", -0.36, 42.55, false)]),
    ("africa", "Clan militias fought in Galkayo, a divided town in Somalia's Mudug region.",
        &[("Galkayo", "SOM", 6.77, 47.43, true)]),
    ("africa", "Kenyan police said an explosive device hit their vehicle in Mandera county.",
        &[("Mandera", "KEN", 3.94, 41.86, true)]),
    ("africa", "Gunmen attacked a bus near Lamu, on Kenya's coast, and killed three passengers.",
        &[("Lamu", "KEN", -2.27, 40.90, true)]),
    ("africa", "M23 rebels captured Goma and advanced toward Bukavu, the capital of South Kivu.",
        &[("Goma", "COD", -1.68, 29.22, false), ("Bukavu", "COD", -2.51, 28.86, false)]),
    ("africa", "Clashes were reported near Uvira, South Kivu, on Tuesday.",
        &[("Uvira", "COD", -3.40, 29.14, false)]),
    ("africa", "ADF militants killed 40 people in Beni territory, North Kivu, the army said.",
        &[("Beni", "COD", 0.49, 29.47, false)]),
    ("africa", "Thousands fled Sake and Rutshuru as fighting intensified in eastern Congo.",
        &[("Sake", "COD", -1.57, 29.05, true), ("Rutshuru", "COD", -1.19, 29.45, true)]),
    ("africa", "Militia attacks on displacement camps near Bunia, in Ituri province, killed dozens.",
        &[("Bunia", "COD", 1.56, 30.25, false)]),
    ("africa", "Insurgents overran Palma, in Mozambique's Cabo Delgado province, in March.",
        &[("Palma", "MOZ", -10.78, 40.47, true)]),
    ("africa", "Rwandan troops retook Mocimboa da Praia from Islamist fighters in Mozambique.",
        &[("Mocimboa da Praia", "MOZ", -11.35, 40.35, true)]),
    ("africa", "Separatists enforced a lockdown in Bamenda and Buea, in Cameroon's anglophone regions.",
        &[("Bamenda", "CMR", 5.96, 10.15, true), ("Buea", "CMR", 4.16, 9.24, true)]),
    ("africa", "A suicide attack in Mora, in Cameroon's Far North region, killed five people.",
        &[("Mora", "CMR", 11.05, 14.14, true)]),
    ("africa", "Floods after the dam collapse devastated Derna, in eastern Libya.",
        &[("Derna", "LBY", 32.76, 22.64, true)]),
    ("africa", "Rival militias exchanged fire in Tripoli while forces loyal to Haftar held Sirte and Benghazi.",
        &[("Tripoli", "LBY", 32.89, 13.19, false), ("Sirte", "LBY", 31.21, 16.59, false), ("Benghazi", "LBY", 32.12, 20.07, false)]),
    ("africa", "Armed groups clashed in Bambari and Bria in the Central African Republic.",
        &[("Bambari", "CAF", 5.76, 20.67, true), ("Bria", "CAF", 6.54, 21.99, true)]),
    ("africa", "Sudanese refugees kept arriving in Adre, on Chad's eastern border.",
        &[("Adre", "TCD", 13.47, 22.20, true)]),
    // ---------------- Middle East ----------------
    ("middle east", "Rebel fighters swept into Aleppo and then pushed south toward Hama and Homs.",
        &[("Aleppo", "SYR", 36.20, 37.16, false), ("Hama", "SYR", 35.13, 36.75, false), ("Homs", "SYR", 34.73, 36.71, false)]),
    ("middle east", "Air strikes hit Saraqeb and Maarat al-Numan in Idlib province, Syria.",
        &[("Saraqeb", "SYR", 35.86, 36.80, true), ("Maarat al-Numan", "SYR", 35.64, 36.67, true)]),
    ("middle east", "Kurdish-led forces repelled an attack near Manbij, east of Aleppo.",
        &[("Manbij", "SYR", 36.53, 37.95, false)]),
    ("middle east", "Turkish drones struck targets around Kobani and Qamishli in northeastern Syria.",
        &[("Kobani", "SYR", 36.89, 38.36, true), ("Qamishli", "SYR", 37.05, 41.22, true)]),
    ("middle east", "Islamic State cells attacked a checkpoint in Deir ez-Zor province, near Raqqa.",
        &[("Raqqa", "SYR", 35.95, 39.01, false)]),
    ("middle east", "Protests spread from Daraa to Sweida in southern Syria.",
        &[("Daraa", "SYR", 32.62, 36.10, true), ("Sweida", "SYR", 32.71, 36.57, true)]),
    ("middle east", "Clashes erupted in Latakia and Tartus on the Syrian coast.",
        &[("Latakia", "SYR", 35.52, 35.78, true), ("Tartus", "SYR", 34.89, 35.89, true)]),
    ("middle east", "Iraqi forces retook Mosul after a nine-month battle with Islamic State.",
        &[("Mosul", "IRQ", 36.34, 43.13, true)]),
    ("middle east", "A car bomb exploded in Kirkuk, a city claimed by both Baghdad and Erbil.",
        &[("Kirkuk", "IRQ", 35.47, 44.39, false)]),
    ("middle east", "Militants fled Fallujah and Ramadi in Anbar province as troops advanced.",
        &[("Fallujah", "IRQ", 33.35, 43.78, false), ("Ramadi", "IRQ", 33.42, 43.30, false)]),
    ("middle east", "Yazidi families returned to Sinjar, west of Mosul, years after the massacre.",
        &[("Sinjar", "IRQ", 36.32, 41.88, false)]),
    ("middle east", "Rockets landed near a base in Tikrit and another near Samarra, Iraqi police said.",
        &[("Tikrit", "IRQ", 34.61, 43.68, true), ("Samarra", "IRQ", 34.20, 43.87, true)]),
    ("middle east", "Protesters blocked roads in Basra and Nasiriyah in southern Iraq.",
        &[("Basra", "IRQ", 30.51, 47.81, true), ("Nasiriyah", "IRQ", 31.04, 46.26, true)]),
    ("middle east", "Gunmen attacked a village near Baqubah, in Diyala province.",
        &[("Baqubah", "IRQ", 33.75, 44.64, false)]),
    ("middle east", "Houthi forces shelled Marib, the government's last stronghold in northern Yemen.",
        &[("Marib", "YEM", 15.46, 45.32, true)]),
    ("middle east", "Coalition aircraft struck the port of Hodeidah on the Red Sea.",
        &[("Hodeidah", "YEM", 14.80, 42.95, false)]),
    ("middle east", "Snipers fired on civilians in Taiz, a city besieged for years, Yemeni officials said.",
        &[("Taiz", "YEM", 13.58, 44.02, true)]),
    ("middle east", "Separatists took over government buildings in Aden and Mukalla.",
        &[("Aden", "YEM", 12.78, 45.04, false), ("Mukalla", "YEM", 14.54, 49.12, false)]),
    ("middle east", "Israeli strikes hit buildings in Tyre and Nabatieh in southern Lebanon.",
        &[("Tyre", "LBN", 33.27, 35.20, true), ("Nabatieh", "LBN", 33.38, 35.48, true)]),
    ("middle east", "Clashes broke out in Tripoli, in northern Lebanon, after the funeral.",
        &[("Tripoli", "LBN", 34.44, 35.83, true)]),
    ("middle east", "An air strike near Baalbek, in Lebanon's Bekaa valley, killed four people.",
        &[("Baalbek", "LBN", 34.01, 36.21, true)]),
    ("middle east", "Residents of Sidon said the drone hit a car at the entrance of the city.",
        &[("Sidon", "LBN", 33.56, 35.37, false)]),
    ("middle east", "Israeli troops raided Jenin and Tulkarm in the occupied West Bank.",
        &[("Jenin", "PSE", 32.46, 35.30, false), ("Tulkarm", "PSE", 32.31, 35.03, false)]),
    ("middle east", "Settlers attacked Palestinian villages near Nablus and Hebron.",
        &[("Nablus", "PSE", 32.22, 35.26, true), ("Hebron", "PSE", 31.53, 35.10, true)]),
    ("middle east", "Families fled Khan Younis for Rafah as the offensive moved south in Gaza.",
        &[("Khan Younis", "PSE", 31.34, 34.31, false), ("Rafah", "PSE", 31.29, 34.25, false)]),
    ("middle east", "Sirens sounded in Sderot and Ashkelon as rockets were fired from Gaza.",
        &[("Sderot", "ISR", 31.52, 34.60, false), ("Ashkelon", "ISR", 31.67, 34.57, false)]),
    ("middle east", "A Hezbollah rocket struck a house in Kiryat Shmona in northern Israel.",
        &[("Kiryat Shmona", "ISR", 33.21, 35.57, true)]),
    ("middle east", "Explosions were heard near the nuclear site at Natanz and in Isfahan, Iranian media said.",
        &[("Natanz", "IRN", 33.51, 51.92, true), ("Isfahan", "IRN", 32.65, 51.67, true)]),
    ("middle east", "Security forces opened fire on protesters in Zahedan, in Iran's Sistan-Baluchestan province.",
        &[("Zahedan", "IRN", 29.50, 60.86, true)]),
    ("middle east", "Demonstrations spread to Kermanshah and Tabriz, Iranian rights groups said.",
        &[("Kermanshah", "IRN", 34.31, 47.07, true), ("Tabriz", "IRN", 38.08, 46.29, true)]),
    ("middle east", "Turkish police detained suspects in Gaziantep and Sanliurfa near the Syrian border.",
        &[("Gaziantep", "TUR", 37.07, 37.38, true), ("Sanliurfa", "TUR", 37.16, 38.79, true)]),
    ("middle east", "Two soldiers were killed in a clash with PKK militants in Hakkari province, Turkey.",
        &[("Hakkari", "TUR", 37.57, 43.74, true)]),
    ("middle east", "Missiles fired from Yemen were intercepted over Jizan, Saudi officials said.",
        &[("Jizan", "SAU", 16.89, 42.55, true)]),
    // ---------------- South Asia ----------------
    ("south asia", "An air strike on a village in Kunduz province killed seven civilians, officials said.",
        &[("Kunduz", "AFG", 36.73, 68.86, false)]),
    ("south asia", "Taliban fighters overran the district centre of Imam Sahib, in northern Afghanistan.",
        &[("Imam Sahib", "AFG", 37.18, 68.92, true)]),
    ("south asia", "A suicide bomber attacked a mosque in Kandahar during Friday prayers.",
        &[("Kandahar", "AFG", 31.61, 65.71, false)]),
    ("south asia", "Explosions in Jalalabad and Ghazni killed at least nine people, Afghan police said.",
        &[("Jalalabad", "AFG", 34.43, 70.45, true), ("Ghazni", "AFG", 33.55, 68.42, true)]),
    ("south asia", "Fighting raged around Lashkar Gah, the capital of Helmand province.",
        &[("Lashkar Gah", "AFG", 31.59, 64.37, false)]),
    ("south asia", "An earthquake struck near Herat, in western Afghanistan, flattening villages.",
        &[("Herat", "AFG", 34.35, 62.20, true)]),
    ("south asia", "Gunmen attacked a shrine in Mazar-i-Sharif, the largest city in Balkh province.",
        &[("Mazar-i-Sharif", "AFG", 36.71, 67.11, false)]),
    ("south asia", "Pakistani forces clashed with Afghan border guards near Spin Boldak.",
        &[("Spin Boldak", "AFG", 31.01, 66.40, true)]),
    ("south asia", "A bomb exploded at a police station in Peshawar, Pakistan.",
        &[("Peshawar", "PAK", 34.01, 71.58, true)]),
    ("south asia", "Militants attacked an army camp in Bannu, Khyber Pakhtunkhwa, killing eight soldiers.",
        &[("Bannu", "PAK", 32.99, 70.60, false)]),
    ("south asia", "Security forces launched an operation near Miranshah in North Waziristan.",
        &[("Miranshah", "PAK", 33.00, 70.07, false)]),
    ("south asia", "Separatists attacked the port in Gwadar and a camp near Turbat in Balochistan.",
        &[("Gwadar", "PAK", 25.12, 62.33, false), ("Turbat", "PAK", 26.00, 63.04, false)]),
    ("south asia", "A suicide bombing at a rally in Mastung, Balochistan, killed 50 people.",
        &[("Mastung", "PAK", 29.80, 66.85, false)]),
    ("south asia", "Sectarian clashes in Parachinar, in Pakistan's Kurram district, killed dozens.",
        &[("Parachinar", "PAK", 33.90, 70.10, true)]),
    ("south asia", "A bus was attacked near Dera Ismail Khan, police in Pakistan said.",
        &[("Dera Ismail Khan", "PAK", 31.83, 70.90, true)]),
    ("south asia", "Police in Hyderabad, Sindh, arrested three men after the blast.",
        &[("Hyderabad", "PAK", 25.39, 68.37, false)]),
    ("south asia", "Gunmen killed a policeman in Quetta, the capital of Balochistan.",
        &[("Quetta", "PAK", 30.18, 67.00, false)]),
    ("south asia", "Militants attacked an army convoy in Poonch and Rajouri in Jammu and Kashmir, India.",
        &[("Poonch", "IND", 33.77, 74.09, true), ("Rajouri", "IND", 33.38, 74.31, true)]),
    ("south asia", "Two militants were killed in a gunfight in Pulwama, south of Srinagar.",
        &[("Pulwama", "IND", 33.87, 74.90, false), ("Srinagar", "IND", 34.08, 74.80, false)]),
    ("south asia", "Indian troops exchanged fire with Pakistani forces near Uri and Kupwara.",
        &[("Uri", "IND", 34.08, 74.05, true), ("Kupwara", "IND", 34.53, 74.25, true)]),
    ("south asia", "Ethnic violence flared again in Churachandpur and Imphal in Manipur, India.",
        &[("Churachandpur", "IND", 24.33, 93.68, true), ("Imphal", "IND", 24.81, 93.94, true)]),
    ("south asia", "Maoist rebels ambushed a patrol in Sukma and Dantewada, in Chhattisgarh state.",
        &[("Sukma", "IND", 18.39, 81.66, false), ("Dantewada", "IND", 18.90, 81.35, false)]),
    ("south asia", "Security forces killed 31 Maoists in Bijapur district of Chhattisgarh.",
        &[("Bijapur", "IND", 18.80, 80.82, false)]),
    ("south asia", "Rohingya refugees in camps near Cox's Bazar and Teknaf in Bangladesh faced new cuts.",
        &[("Cox's Bazar", "BGD", 21.44, 92.01, true), ("Teknaf", "BGD", 20.86, 92.30, true)]),
    ("south asia", "Tamil families in Jaffna and Batticaloa marked the end of the war, Sri Lankan media said.",
        &[("Jaffna", "LKA", 9.66, 80.01, true), ("Batticaloa", "LKA", 7.72, 81.70, true)]),
    ("south asia", "Protesters set fire to a police post in Janakpur, in Nepal's Madhesh province.",
        &[("Janakpur", "NPL", 26.73, 85.93, true)]),
    ("south asia", "Police fired tear gas at protesters in Lahore and Karachi, Pakistan.",
        &[("Lahore", "PAK", 31.55, 74.34, true), ("Karachi", "PAK", 24.86, 67.01, true)]),
    // ---------------- Southeast Asia ----------------
    ("southeast asia", "Resistance forces captured Lashio, the largest town in northern Shan state, Myanmar.",
        &[("Lashio", "MMR", 22.94, 97.75, true)]),
    ("southeast asia", "The Arakan Army advanced on Sittwe, the capital of Rakhine state.",
        &[("Sittwe", "MMR", 20.15, 92.90, false)]),
    ("southeast asia", "Fighting near Myawaddy, on the Thai border, sent thousands fleeing into Thailand.",
        &[("Myawaddy", "MMR", 16.69, 98.51, false)]),
    ("southeast asia", "Junta jets bombed a jade mining area near Hpakant in Kachin state, Myanmar.",
        &[("Hpakant", "MMR", 25.61, 96.31, true)]),
    ("southeast asia", "Rebels seized Laukkai after weeks of fighting in Myanmar's Kokang region.",
        &[("Laukkai", "MMR", 23.69, 98.75, true)]),
    ("southeast asia", "Karenni fighters attacked army positions in Loikaw, Myanmar.",
        &[("Loikaw", "MMR", 19.67, 97.21, true)]),
    ("southeast asia", "Air strikes were reported near Mandalay and Myitkyina, Myanmar's state media said.",
        &[("Mandalay", "MMR", 21.97, 96.08, true), ("Myitkyina", "MMR", 25.38, 97.40, true)]),
    ("southeast asia", "Troops fought militants for five months in Marawi, on the southern island of Mindanao.",
        &[("Marawi", "PHL", 8.00, 124.29, false)]),
    ("southeast asia", "A bomb exploded near the cathedral in Jolo, Sulu province, Philippine police said.",
        &[("Jolo", "PHL", 6.05, 121.00, true)]),
    ("southeast asia", "Soldiers clashed with militants near Datu Piang, in Maguindanao, Philippines.",
        &[("Datu Piang", "PHL", 7.02, 124.50, true)]),
    ("southeast asia", "Police in Zamboanga and Cotabato City raised the alert level after the attack.",
        &[("Zamboanga", "PHL", 6.91, 122.07, false), ("Cotabato City", "PHL", 7.22, 124.25, false)]),
    ("southeast asia", "Insurgents set off bombs in Pattani, Yala and Narathiwat in southern Thailand.",
        &[("Pattani", "THA", 6.87, 101.25, true), ("Yala", "THA", 6.54, 101.28, true), ("Narathiwat", "THA", 6.43, 101.82, true)]),
    ("southeast asia", "Papuan separatists attacked a police post near Wamena, Indonesian officials said.",
        &[("Wamena", "IDN", -4.10, 138.94, true)]),
    ("southeast asia", "Gunmen shot two workers near Timika, the town beside the Grasberg mine in Papua.",
        &[("Timika", "IDN", -4.55, 136.89, false)]),
    ("southeast asia", "Students protested in Jayapura, the capital of Papua province in Indonesia.",
        &[("Jayapura", "IDN", -2.53, 140.72, true)]),
    ("southeast asia", "Police raided a militant hideout near Poso, Central Sulawesi.",
        &[("Poso", "IDN", -1.39, 120.75, false)]),
    ("southeast asia", "Cambodian and Thai troops exchanged fire near the Preah Vihear temple.",
        &[("Preah Vihear", "KHM", 14.39, 104.68, true)]),
    // ---------------- Europe ----------------
    ("europe", "Russian forces shelled Kharkiv overnight, the regional governor said.",
        &[("Kharkiv", "UKR", 49.99, 36.23, false)]),
    ("europe", "Ukrainian troops withdrew from Avdiivka after months of fighting, Ukraine's army said.",
        &[("Avdiivka", "UKR", 48.14, 37.74, true)]),
    ("europe", "Russia claimed the capture of Bakhmut, in Ukraine's Donetsk region.",
        &[("Bakhmut", "UKR", 48.60, 38.00, true)]),
    ("europe", "A missile hit a restaurant in Kramatorsk, and another struck Sloviansk.",
        &[("Kramatorsk", "UKR", 48.72, 37.56, false), ("Sloviansk", "UKR", 48.85, 37.60, false)]),
    ("europe", "Russian troops advanced toward Pokrovsk, a logistics hub in Ukraine's Donetsk region.",
        &[("Pokrovsk", "UKR", 48.28, 37.18, true)]),
    ("europe", "Drones struck energy facilities in Zaporizhzhia and Kherson, Ukrainian officials said.",
        &[("Zaporizhzhia", "UKR", 47.84, 35.14, true), ("Kherson", "UKR", 46.64, 32.61, true)]),
    ("europe", "Shelling from across the river hit Nikopol, opposite the occupied Enerhodar.",
        &[("Nikopol", "UKR", 47.57, 34.39, false), ("Enerhodar", "UKR", 47.50, 34.66, false)]),
    ("europe", "Fighting continued near Kupiansk and Chasiv Yar, the Ukrainian general staff said.",
        &[("Kupiansk", "UKR", 49.71, 37.62, true), ("Chasiv Yar", "UKR", 48.59, 37.84, true)]),
    ("europe", "Russian forces took Vuhledar, a hilltop town in southern Donetsk.",
        &[("Vuhledar", "UKR", 47.78, 37.25, false)]),
    ("europe", "Ukrainian drones hit an oil depot in Odesa's port and a plant in Dnipro.",
        &[("Dnipro", "UKR", 48.46, 35.05, false)]),
    ("europe", "A missile struck a residential building in Sumy, near the Russian border.",
        &[("Sumy", "UKR", 50.91, 34.80, true)]),
    ("europe", "Air raid sirens sounded in Lviv and Chernihiv, Ukraine.",
        &[("Lviv", "UKR", 49.84, 24.03, true), ("Chernihiv", "UKR", 51.50, 31.29, true)]),
    ("europe", "Ukrainian forces pushed into Sudzha, in Russia's Kursk region.",
        &[("Sudzha", "RUS", 51.19, 35.27, true)]),
    ("europe", "Shelling damaged homes in Belgorod and Shebekino, Russian officials said.",
        &[("Belgorod", "RUS", 50.60, 36.59, true), ("Shebekino", "RUS", 50.41, 36.89, true)]),
    ("europe", "Drones attacked the Engels air base and an oil terminal at Novorossiysk in Russia.",
        &[("Engels", "RUS", 51.50, 46.12, true), ("Novorossiysk", "RUS", 44.72, 37.77, true)]),
    ("europe", "Kosovo police exchanged fire with gunmen near Zvecan and North Mitrovica.",
        &[("Zvecan", "XKX", 42.91, 20.84, true)]),
    ("europe", "Protesters gathered in Tiraspol, the capital of Moldova's breakaway Transnistria.",
        &[("Tiraspol", "MDA", 46.84, 29.64, true)]),
    ("europe", "Georgian police said Russian guards detained two men near Tskhinvali.",
        &[("Tskhinvali", "GEO", 42.23, 43.97, true)]),
    ("europe", "Azerbaijani troops entered Khankendi after the offensive in Karabakh.",
        &[("Khankendi", "AZE", 39.82, 46.75, true)]),
    ("europe", "A car bomb exploded outside a courthouse in Derry, Northern Ireland.",
        &[("Derry", "GBR", 55.00, -7.32, false)]),
    ("europe", "Riots broke out in Nanterre after police shot a teenager, French officials said.",
        &[("Nanterre", "FRA", 48.89, 2.21, true)]),
    ("europe", "Migrants stormed the border fence at Melilla, the Spanish enclave in North Africa.",
        &[("Melilla", "ESP", 35.29, -2.94, true)]),
    ("europe", "A Russian drone crashed in a field near Przewodow in eastern Poland.",
        &[("Przewodow", "POL", 50.47, 23.94, true)]),
    ("europe", "Police in Marseille said three people were shot in a drug-related attack.",
        &[("Marseille", "FRA", 43.30, 5.37, false)]),
    ("europe", "Serbian troops were put on alert near Raska and Novi Pazar.",
        &[("Raska", "SRB", 43.29, 20.62, true), ("Novi Pazar", "SRB", 43.14, 20.51, true)]),
    ("europe", "Protesters clashed with police in Tbilisi and Batumi, Georgia.",
        &[("Batumi", "GEO", 41.64, 41.64, true)]),
    // ---------------- Americas ----------------
    ("americas", "Gunmen blocked roads and burned vehicles in Culiacan, Sinaloa, after the arrest.",
        &[("Culiacan", "MEX", 24.80, -107.39, false)]),
    ("americas", "Cartel gunmen clashed with Mexican soldiers in Reynosa and Nuevo Laredo.",
        &[("Reynosa", "MEX", 26.09, -98.28, true), ("Nuevo Laredo", "MEX", 27.48, -99.52, true)]),
    ("americas", "Four Americans were kidnapped in Matamoros, across the border from Brownsville, Texas.",
        &[("Matamoros", "MEX", 25.87, -97.50, false), ("Brownsville", "USA", 25.90, -97.50, false)]),
    ("americas", "Avocado growers near Uruapan and Apatzingan, in Michoacan, face cartel extortion.",
        &[("Uruapan", "MEX", 19.42, -102.06, false), ("Apatzingan", "MEX", 19.09, -102.35, false)]),
    ("americas", "The mayor of Chilpancingo was killed in Guerrero state, Mexican authorities said.",
        &[("Chilpancingo", "MEX", 17.55, -99.50, true)]),
    ("americas", "Police found bodies in Fresnillo and Zacatecas after a wave of violence in Mexico.",
        &[("Fresnillo", "MEX", 23.17, -102.87, true), ("Zacatecas", "MEX", 22.77, -102.58, true)]),
    ("americas", "Shootings in Celaya and Salamanca, Guanajuato, left twelve dead.",
        &[("Celaya", "MEX", 20.52, -100.81, false), ("Salamanca", "MEX", 20.57, -101.19, false)]),
    ("americas", "Migrants waited in Tijuana and Ciudad Juarez for asylum hearings in the United States.",
        &[("Tijuana", "MEX", 32.53, -117.04, false), ("Ciudad Juarez", "MEX", 31.69, -106.42, false)]),
    ("americas", "Guerrillas attacked a police station in Tibu, in Colombia's Catatumbo region.",
        &[("Tibu", "COL", 8.64, -72.74, true)]),
    ("americas", "Thousands fled to Cucuta as armed groups fought in Norte de Santander, Colombia.",
        &[("Cucuta", "COL", 7.89, -72.51, true)]),
    ("americas", "A car bomb exploded near a police station in Jamundi, south of Cali.",
        &[("Jamundi", "COL", 3.26, -76.54, false), ("Cali", "COL", 3.44, -76.52, false)]),
    ("americas", "Dissident rebels attacked soldiers near Suarez, in Colombia's Cauca department.",
        &[("Suarez", "COL", 2.95, -76.69, true)]),
    ("americas", "Drug gangs fought for control of the port in Tumaco and in Buenaventura, Colombia.",
        &[("Tumaco", "COL", 1.80, -78.76, true), ("Buenaventura", "COL", 3.88, -77.03, true)]),
    ("americas", "Colombian police found explosives in a car in Popayan.",
        &[("Popayan", "COL", 2.44, -76.61, true)]),
    ("americas", "Protesters were detained in Maracaibo and San Cristobal, Venezuela.",
        &[("Maracaibo", "VEN", 10.65, -71.64, true), ("San Cristobal", "VEN", 7.77, -72.22, true)]),
    ("americas", "Students marched in Valencia, Venezuela, against the government.",
        &[("Valencia", "VEN", 10.16, -68.00, true)]),
    ("americas", "Gangs attacked Mirebalais and Croix-des-Bouquets, near Port-au-Prince.",
        &[("Mirebalais", "HTI", 18.83, -72.10, false), ("Croix-des-Bouquets", "HTI", 18.58, -72.23, false), ("Port-au-Prince", "HTI", 18.54, -72.34, false)]),
    ("americas", "The prison riot in Guayaquil spread to Esmeraldas, Ecuadorian officials said.",
        &[("Guayaquil", "ECU", -2.19, -79.89, true), ("Esmeraldas", "ECU", 0.96, -79.65, true)]),
    ("americas", "Security forces opened fire on protesters in Juliaca and Ayacucho, Peru.",
        &[("Juliaca", "PER", -15.50, -70.13, true), ("Ayacucho", "PER", -13.16, -74.22, true)]),
    ("americas", "Farmers blocked highways around Santa Cruz, Bolivia's largest city.",
        &[("Santa Cruz", "BOL", -17.78, -63.18, true)]),
    ("americas", "Police in Cordoba, Argentina, arrested five men over the bombing.",
        &[("Cordoba", "ARG", -31.42, -64.18, true)]),
    ("americas", "Gang violence forced schools to close in San Pedro Sula, Honduras.",
        &[("San Pedro Sula", "HND", 15.50, -88.03, true)]),
    ("americas", "Troops were deployed to Huehuetenango near Guatemala's border with Mexico.",
        &[("Huehuetenango", "GTM", 15.32, -91.47, true)]),
    ("americas", "Police raids in the favelas of Rio de Janeiro left 22 dead, Brazilian officials said.",
        &[("Rio de Janeiro", "BRA", -22.91, -43.17, true)]),
    ("americas", "Texas sent National Guard troops to Eagle Pass and El Paso.",
        &[("Eagle Pass", "USA", 28.71, -100.50, false), ("El Paso", "USA", 31.76, -106.49, false)]),
    ("americas", "A gunman killed 19 children at a school in Uvalde, Texas.",
        &[("Uvalde", "USA", 29.21, -99.79, false)]),
    ("americas", "Protests spread from Minneapolis to other American cities after the killing.",
        &[("Minneapolis", "USA", 44.98, -93.27, true)]),
    ("americas", "Guyana's army said Venezuelan gangs fired on a patrol near Georgetown.",
        &[("Georgetown", "GUY", 6.80, -58.16, true)]),
    ("americas", "Police in Cartagena, Colombia, seized four tonnes of cocaine.",
        &[("Cartagena", "COL", 10.39, -75.51, true)]),
];

fn continent(iso3: &str) -> &'static str {
    match iso3 {
        "NGA" | "NER" | "MLI" | "BFA" | "SDN" | "SSD" | "ETH" | "SOM" | "KEN" | "COD" | "MOZ"
        | "CMR" | "LBY" | "CAF" | "TCD" | "EGY" | "TZA" | "UGA" | "RWA" | "BDI" | "DZA" | "MAR"
        | "TUN" | "ERI" | "DJI" | "BEN" | "TGO" | "GHA" | "CIV" | "SEN" | "MRT" | "GIN" | "ZAF"
        | "ZMB" | "MWI" | "ZWE" | "AGO" | "COG" | "GAB" => "africa",
        "SYR" | "IRQ" | "YEM" | "LBN" | "PSE" | "ISR" | "IRN" | "TUR" | "SAU" | "JOR" | "KWT"
        | "ARE" | "QAT" | "OMN" | "BHR" | "AFG" | "PAK" | "IND" | "BGD" | "LKA" | "NPL" | "MMR"
        | "PHL" | "THA" | "IDN" | "KHM" | "MYS" | "CHN" | "VNM" | "LAO" | "KGZ" | "TJK" | "UZB"
        | "TKM" | "KAZ" => "asia",
        "UKR" | "RUS" | "XKX" | "MDA" | "GEO" | "AZE" | "ARM" | "GBR" | "FRA" | "ESP" | "POL"
        | "SRB" | "DEU" | "ITA" | "PRT" | "BEL" | "NLD" | "SWE" | "NOR" | "FIN" | "ROU" | "BGR"
        | "GRC" | "HUN" | "AUT" | "CHE" | "IRL" | "BIH" | "HRV" | "MNE" | "MKD" | "ALB" | "BLR"
        | "LTU" | "LVA" | "EST" | "CZE" | "SVK" | "SVN" | "DNK" => "europe",
        "MEX" | "USA" | "CAN" | "COL" | "VEN" | "HTI" | "ECU" | "PER" | "BOL" | "ARG" | "HND"
        | "GTM" | "BRA" | "GUY" | "CHL" | "PRY" | "URY" | "SLV" | "NIC" | "CRI" | "PAN" | "CUB"
        | "DOM" | "JAM" | "SUR" | "PRI" => "americas",
        _ => "other",
    }
}

fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (a1, a2) = (lat1.to_radians(), lat2.to_radians());
    let h = ((a2 - a1) / 2.0).sin().powi(2)
        + a1.cos() * a2.cos() * ((lon2 - lon1).to_radians() / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

/// The places `Pipeline::explain` lists: (name, country code, lat, lon). Its line format
/// is `place "NAME" (CODE) locative|named LAT,LON ...`.
/// (name as written, country code, coordinates)
type Found = (String, String, Option<(f64, f64)>);

fn places(pipeline: &Pipeline, text: &str) -> Vec<Found> {
    let trace = pipeline.explain(&InputDocument {
        id: "t".into(),
        text: text.into(),
        published: Some("2026-03-01".into()),
        ..InputDocument::default()
    });
    let mut out = Vec::new();
    for line in trace.lines() {
        let Some(rest) = line.trim_start().strip_prefix("place \"") else {
            continue;
        };
        let Some((name, rest)) = rest.split_once("\" (") else {
            continue;
        };
        let Some((code, rest)) = rest.split_once(')') else {
            continue;
        };
        let coords = rest.split_whitespace().nth(1).and_then(|c| {
            let (a, b) = c.split_once(',')?;
            Some((a.parse().ok()?, b.parse().ok()?))
        });
        out.push((name.to_string(), code.to_string(), coords));
    }
    out
}

#[test]
fn place_mentions_to_district_and_village_level() {
    let pipeline = Pipeline::new();
    let mut total = 0usize;
    let mut within = 0usize;
    let mut wrong_continent = Vec::new();
    let mut by_region: Vec<(&str, usize, usize)> = Vec::new();
    let mut misses = Vec::new();
    for &(region, text, mentions) in CASES {
        let found = places(&pipeline, text);
        for &(name, iso3, lat, lon, named) in mentions {
            total += 1;
            // The engine's span may take in a kind word ("Bijapur district").
            let got = found.iter().find(|(n, _, _)| {
                n == name || n.strip_prefix(name).is_some_and(|r| r.starts_with(' '))
            });
            let hit = match got {
                Some((_, _, Some((glat, glon)))) => km(lat, lon, *glat, *glon) <= 50.0,
                _ => false,
            };
            if let (true, Some((_, code, Some(_)))) = (named, got) {
                if continent(code) != continent(iso3) {
                    wrong_continent.push(format!("{name} ({iso3}) placed in {code}: {text}"));
                }
            }
            match by_region.iter_mut().find(|r| r.0 == region) {
                Some(r) => {
                    r.1 += 1;
                    r.2 += hit as usize;
                }
                None => by_region.push((region, 1, hit as usize)),
            }
            if hit {
                within += 1;
            } else {
                misses.push(format!("{name} ({iso3} {lat},{lon}) got {got:?}"));
            }
        }
    }
    let share = within as f64 / total as f64;
    println!(
        "place test set: {within}/{total} mentions within 50 km ({:.1}%)",
        share * 100.0
    );
    for (region, n, hit) in &by_region {
        println!("  {region}: {hit}/{n}");
    }
    for m in &misses {
        println!("  miss: {m}");
    }
    assert!(
        total >= 200,
        "the test set must hold 200+ mentions, has {total}"
    );
    assert!(
        wrong_continent.is_empty(),
        "placed on the wrong continent: {wrong_continent:#?}"
    );
    // Measured 91.5% (225/246) when the test was written; the issue asks for 85%.
    assert!(share >= 0.90, "only {:.1}% within 50 km", share * 100.0);
}

#[test]
fn common_words_and_person_names_need_a_locative_context() {
    let pipeline = Pipeline::new();
    // Capitalised words that name villages somewhere but are not places here.
    let text = "Hope faded on Monday. Mark Victoria, a spokesman, said Justice would prevail.";
    let found = places(&pipeline, text);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_place_named_with_its_region_locates_the_event() {
    let pipeline = Pipeline::new();
    let r = pipeline.process(&InputDocument {
        id: "t".into(),
        text: "Rebels attacked an army base in Uvira, South Kivu, on Tuesday, the army said."
            .into(),
        published: Some("2026-03-01".into()),
        ..InputDocument::default()
    });
    let located: Vec<_> = r
        .events
        .iter()
        .filter_map(|e| e.location.as_ref())
        .collect();
    for loc in &located {
        assert_eq!(loc.text, "Uvira", "{loc:?}");
        assert_eq!(loc.feature.as_deref(), Some("populated place"));
        // GeoNames' name of the province.
        assert_eq!(loc.admin1.as_deref(), Some("Sud-Kivu"));
        assert_eq!(loc.precision.as_deref(), Some("point"));
    }
}
