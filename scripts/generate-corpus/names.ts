/**
 * Personal names from several naming traditions. Given names may have transliteration
 * variants ("Sergei|Sergey"): a person has one usual spelling, and some reports use another.
 * Family names are mostly built from roots and endings, so a large corpus keeps meeting names
 * no list holds.
 */
import type { Random } from './random.ts';

export interface NameStyle {
	male: readonly string[];
	female: readonly string[];
	/** Family names used as they are. */
	families: readonly string[];
	/** Roots and endings combined into further family names ("Sokol" + "ovsky"). */
	roots: readonly string[];
	endings: readonly string[];
	/** Syllables that may sit between a root and an ending ("Sokol" + "en" + "ko"). */
	infixes?: readonly string[];
	/** The family name comes first ("Chen Wenqing"). */
	familyFirst?: boolean;
	/** The family name a woman bears, from a man's ("Volkov" → "Volkova"). */
	feminine?: (family: string) => string;
	/** Given names built from syllables instead of a list ("Wen" + "qing"). */
	givenSyllables?: readonly string[];
	/** A middle word between family and given name ("Nguyen Van Minh"). */
	middles?: readonly string[];
	/** Reports call a person by the given name (Vietnamese usage) rather than the family name. */
	shortIsGiven?: boolean;
}

const words = (text: string): string[] => text.trim().split(/\s+/);

export const NAME_STYLES = {
	slavic: {
		male: words(`Sergei|Sergey Dmitry|Dmitri Nikolai|Nikolay Andrei|Andrey Alexei|Aleksei Yuri|Yury Mikhail Ivan
			Viktor Oleg Pavel Vladislav Konstantin Gennady|Gennadi Anatoly|Anatoli Vasily|Vasili Grigory|Grigori Igor Boris
			Maxim|Maksim Roman Stanislav Vyacheslav Valery|Valeri Leonid Arkady|Arkadi Timofei|Timofey Yevgeny|Yevgeni Ilya
			Kirill Fyodor|Fedor Denis Artyom|Artem Vadim Rustam Alexander|Aleksandr`),
		female:
			words(`Maria Yelena|Elena Tatiana|Tatyana Olga Irina Natalia|Natalya Svetlana Anna Valentina Yulia|Yuliya
			Ekaterina|Yekaterina Lyudmila|Ludmila Veronika Marina Galina Darya|Daria`),
		families: words(
			`Shoigu Lavrentiev Kolokoltsev Bortnikov Zolotov Kozak Ushakov Trutnev Reshetnikov Savelyev`,
		),
		roots:
			words(`Volk Sokol Kuznets Petr Smirn Lebed Kozl Orl Zaits Pavl Belyak Medved Grom Tarasen Voron Korol
			Zhuk Bystr Kamen Dub Gorb Sedykh Yermol Karpen Polyak Chernysh Belous Golub Zimin Komar Osipen Lyubim Sukhar
			Prokhor Trofim Zakhar Nesterenk Gavril Rudn Kryl Luzh Shcherb Vetr Ternov Bulgak Kalash Yegor Stolyar Pankrat
			Shubin Raskol Zverev Burlak Solov Mikhal Grachev Larin Akim Belkin Dorof Yakovl Pronin Fedot Sorok`),
		endings: words(`ov ev in sky ovsky enko ikov yshev anov ukov atov ilov orin`),
		feminine: (family: string) =>
			family.endsWith('sky')
				? `${family.slice(0, -1)}aya`
				: /(?:ov|ev|in)$/.test(family)
					? `${family}a`
					: family,
		infixes: words(`en ar il ush an ich ach et`),
	},
	chinese: {
		male: [],
		female: [],
		families: words(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng
			Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Du Ye Cheng Wei Su Lu Ding
			Ren Shen Yao Jin Qin Meng Fu Hou Kong`),
		roots: [],
		endings: [],
		familyFirst: true,
		givenSyllables:
			words(`Wen Qing Jian Guo Hua Ming Wei Jun Hong Ping Xin Yong Zhi Hai Dong Bo Lei Feng Yu Qiang
			Chun Kai Rui Jie Tao Lin Hao Peng Zhen Shan Long Bin Cheng Gang Hui Jing Kun Liang Mei Nan Song Tian Xiang
			Yan Ying Yuan Zhong Zhou Xiao Wu Xue Shu Ke Sheng Hong Ning Fang Lan Qi Rong Shi Tong Xia Zi Ze Jia Chao`),
	},
	korean: {
		male: [],
		female: [],
		families: words(`Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Shin Kwon Hwang`),
		roots: [],
		endings: [],
		familyFirst: true,
		givenSyllables: words(
			`Jin Min Sung Hyun Ji Young Dong Jae Seung Woo Ho Hee Soo Kyung Joon Hye Tae Yeon Chul Sang`,
		),
	},
	vietnamese: {
		male: words(`Minh Hung Long Dung Thanh Tuan Hai Nam Phuc Quang Son Trung Khanh Vinh Duc Hoa`),
		female: words(`Lan Huong Mai Thu Linh Hanh`),
		families: words(`Nguyen Tran Le Pham Hoang Vo Phan Dang Bui Do Ho Ngo Duong`),
		roots: [],
		endings: [],
		familyFirst: true,
		middles: words(`Van Duc Quoc Xuan Minh Thi`),
		shortIsGiven: true,
	},
	turkic: {
		male: words(`Aidar Nurlan Yerlan|Erlan Askar Dauren Marat Bakhyt|Bakhit Kairat Serik Timur Daniyar Rustam Bolat
			Azamat Ruslan Yerzhan|Erzhan Murat Ulugbek Sherzod Dilshod Jamshid Bakhtiyor Rahim Ilham Farrukh Nurbek
			Almazbek Kanat Talgat Zhandos Sanjar Otabek`),
		female: words(`Aigerim Dinara Gulnara Saule Madina Zarina Aliya Gulshan Asel Nigora`),
		families: [],
		roots:
			words(`Sultan Nazar Tokay Abdul Kasym Nur Mukhtar Saparbay Zhumabay Yerken Toktar Dauletbay Ermek Ismail
			Rakhim Karim Yusup Mirza Umar Tursun Ashir Baitur Kenzhe Sydyk Omurbek Zhaksy Bekmur Alim Sarsen Temir Kudai
			Shaimer Esim Zhakip Abil Myrzakhmet Satyb Akhmet Duisen`),
		endings: words(`ov ev bekov uly zoda baev ayev aliev`),
		feminine: (family: string) => (/(?:ov|ev)$/.test(family) ? `${family}a` : family),
		infixes: words(`a e tai kul zhan bai`),
	},
	mongolian: {
		male: [],
		female: [],
		families: [],
		roots: words(
			`Bat Gan Enkh Munkh Erdene Tsend Od Altan Oyun Sukh Bold Nyam Dorj Tseren Byamba Purev Dash Ulzii`,
		),
		endings: words(`bayar bold erdene suren bat khuyag dorj sukh ochir jargal tulga saikhan`),
		infixes: words(`dash od gan`),
	},
	hungarian: {
		male: words(
			`Sandor Peter Zoltan Laszlo Gabor Istvan Janos Tamas Balazs Attila Csaba Miklos Ferenc Gergely`,
		),
		female: words(`Judit Katalin Eszter Aniko Zsuzsanna Agnes Rita`),
		families: words(`Pinter Szabo Kovacs Nagy Toth Horvath Varga Kiss Molnar Farkas Balogh Papp Takacs Juhasz
			Lakatos Meszaros Olah Racz Fekete Szilagyi Torok Feher Gal Szucs Kocsis Fodor Szalai Sipos Lukacs Gulyas
			Biro Kiraly Katona Jakab Boros Fazekas Kelemen Antal Vereb Halasz`),
		roots: words(`Szent Hor Var Bar Kis Fel Bod Sarkad Tisza Mar Kel Dob Pal`),
		endings: words(`vathy gyi hazi falvi szegi lanyi kuti redi`),
	},
	indian: {
		male: words(
			`Rajesh Anil Sanjay Vikram Arvind Suresh Ramesh Pradeep Ajay Vivek Rahul Manoj Harish Deepak Ashok`,
		),
		female: words(`Nirmala Sunita Priya Meera Kavita Anjali Rekha Shobha`),
		families: words(`Sharma Verma Gupta Mehta Iyer Nair Reddy Rao Chaturvedi Banerjee Mukherjee Joshi Kulkarni
			Deshpande Bhatt Menon Pillai Chatterjee Malhotra Kapoor Saxena Trivedi Dubey Pandey Srivastava Agarwal
			Bhattacharya Ghosh Naidu Patil Hegde Shetty Chauhan Rathore`),
		roots: words(
			`Chand Raghu Shri Bala Venkat Krishna Madhu Hari Siva Jaya Rama Gopal Subra Nara Sundar Padma`,
		),
		endings: words(`raman nathan murthy swamy prasad ayya krishnan sekar vardhan`),
		infixes: words(`ta a`),
	},
	persian: {
		male: words(`Ali Mohammad|Mohammed Hossein|Hussein Reza Mahmoud Abbas Mehdi Saeed|Said Javad Hassan Ahmad Majid
			Amir Kazem Bahram Davoud`),
		female: words(`Maryam Fatemeh Zahra Leila Shirin`),
		families:
			words(`Ahmadian Rezaei Mousavi Hosseini Karimi Jafari Rahimi Mohammadi Sadeghi Najafi Ghasemi Bagheri
			Kazemi Shirazi Ardakani Esfahani Moradi Heidari Salehi Nouri Rostami Sharifi Yazdani Kermani Tabrizi`),
		roots:
			words(`Ahmad Reza Mous Hossein Karim Jafar Rahim Sadegh Najaf Ghasem Bagher Kazem Moradi Heidar Saleh
			Rostam Sharif Yazd Kerman Tabriz Zand Hamad Mahdav Asgar Navab Farah`),
		endings: words(`ian i pour zadeh nejad far`),
		infixes: words(`ol a i`),
	},
	arabic: {
		male: words(`Mohammed|Muhammad Ahmed Khaled|Khalid Omar Youssef|Yousef Tarek|Tariq Hassan Mahmoud Ibrahim
			Abdullah Faisal Saeed Hamad Nasser Sultan Adel Karim Walid Sameh`),
		female: words(`Fatima Amina Nour Layla Rania Hala`),
		families:
			words(`Mansour Haddad Nasser Fahmy Hamdan Khalil Saleh Farouk Mostafa Ghanem Darwish Sabry Abdel-Aziz
			El-Sayed Al-Otaibi Al-Qahtani Al-Harbi Al-Mazrouei Al-Shamsi Al-Ghamdi Othman Zaki Hegazy Shawki Badr Rashed
			Suleiman Kamel Radwan Amer Hafez`),
		roots: words(`Abdel Al-Ham Al-Mans Khal Nass Rash Sab Far Al-Zahr Qas Mub Sharq`),
		endings: words(`ouri awi ani idi ari oumi ash`),
	},
	lusophone: {
		male: words(`João|Joao Carlos Luiz|Luis Paulo Fernando Ricardo Marcelo Rafael Gustavo Rodrigo Eduardo`),
		female: words(`Ana Mariana Beatriz Juliana Camila Fernanda`),
		families:
			words(`Silva Santos Oliveira Souza Pereira Costa Rodrigues Almeida Nascimento Lima Araujo Fernandes
			Carvalho Gomes Martins Rocha Ribeiro Barbosa Teixeira Moreira Cardoso Mendes Vieira Monteiro Azevedo Pinheiro
			Correia Tavares Campos Macedo`),
		roots: words(`Ferr Carv Alme Vasc Bragan Montei Castel Figue Sequ Quint Pac`),
		endings: words(`eira alho ida oncelos ança ardo eco ado`),
	},
	african: {
		male: words(`Thabo Sipho Themba Bongani Chukwuemeka Oluwaseun Adebayo Ibrahim Musa Kipchoge Otieno Mandla Sizwe
			Kwame Tunde Emeka`),
		female: words(`Lindiwe Nomvula Naledi Ngozi Folake Wanjiru Chebet Amara Thandeka`),
		families:
			words(`Nkosi Dlamini Mokoena Ndlovu Khumalo Mahlangu Mthembu Sithole Mabuza Molefe Okafor Adeyemi
			Okonkwo Balogun Eze Nwosu Adewale Ogunleye Danjuma Bello Kamau Mwangi Odhiambo Kiprono Wafula Onyango
			Mutua Njoroge Abubakar Olaniyan`),
		roots: words(`Oku Ade Olu Chi Nko Mba Kwa Ndu Ogu Mutu Kari Sebe Tshi Moya`),
		endings: words(`nkwo yemi wale bundu kosi luve maya nde bayo nyane kwe`),
		infixes: words(`la ma`),
	},
	malay: {
		male: words(`Budi Agus Joko Rizal Hendra Bambang Azman Faizal Hafiz Iskandar Yusof Wahyu`),
		female: words(`Siti Dewi Nurul Ratna Sri`),
		families:
			words(`Santoso Wibowo Hidayat Saputra Kusuma Pratama Nugroho Setiawan Gunawan Sutanto Hamzah Rahman
			Ismail Hassan Harahap Siregar Nasution Lubis Purnomo Wijaya Halim`),
		roots: words(`Sur Wira Pura Ari Jaya Hadi Setia Budi Kusu Mulya Cipta`),
		endings: words(`wan dana nata jaya kusuma atmaja prasetyo diningrat`),
	},
	japanese: {
		male: words(
			`Hiroshi Takashi Kenji Akira Satoshi Kazuo Makoto Naoki Shinji Yoshiro Daisuke Tetsuya Masahiro`,
		),
		female: words(`Yuko Tomoko Keiko Naomi Akiko Emi`),
		families: words(
			`Tanaka Suzuki Watanabe Ito Nakamura Kobayashi Kato Yoshida Sasaki Inoue Kimura Shimizu Saito`,
		),
		roots: words(
			`Yama Naka Kita Mori Ishi Taka Matsu Fuji Hashi Oka Kawa Sugi Miya Hira Nishi Shima Kuro Aki Hoshi`,
		),
		endings: words(`moto mura da kawa shita uchi zaki no hara bayashi gawa guchi saki oka`),
		infixes: words(`no ka`),
	},
	turkish: {
		male: words(`Mehmet Ahmet Mustafa Hakan Emre Murat Kemal Selim Burak Cem Omer Serdar Volkan Levent`),
		female: words(`Ayse Fatma Zeynep Elif Esra Deniz`),
		families:
			words(`Yilmaz Kaya Demir Sahin Celik Yildiz Yildirim Ozturk Aydin Ozdemir Arslan Dogan Kilic Aslan
			Cetin Kara Koc Kurt Ozkan Simsek Polat Korkmaz Karaca Erdem Gunes Aksoy Tekin Bulut Ucar Akgul Tasdemir`),
		roots: words(`Ak Kara Demir Yil Er Tas Gok Bay Ozt Kor Alt Sar Bilg Ucak`),
		endings: words(`soy han dag oglu kaya tepe can el turk er`),
	},
	english: {
		male: words(`John|Jon Michael David Robert James Mark Peter Andrew Daniel Thomas Richard Stephen|Steven Paul
			Christopher Matthew Anthony|Antony`),
		female: words(`Sarah Emily Catherine|Katherine Susan Laura Rachel Elizabeth Helen Claire Rebecca Joanna`),
		families: words(
			`Whitaker Hollis Pemberton Langley Thornton Ashdown Calloway Harrow Winslow Everett Fairbanks`,
		),
		roots:
			words(`Ash Brad Clark Hol Pem Whit Hart Lang Thorn Stan Wood Fair Black Green Mar Kings Rad Wel Har Bur
			Crom Dun Ells Fen Gar Hamp Kel Lock Mid Nor Pen Rox Shel Tal Wad Wes Bright Cald Dray`),
		endings: words(`ley ford well ton field worth by more wick ham son man stone bury dale croft shaw ridge`),
		infixes: words(`er ing en`),
	},
	german: {
		male: words(`Thomas Stefan Andreas Jürgen|Juergen Wolfgang Matthias Markus Frank Uwe Dirk Holger Kai`),
		female: words(`Katrin Petra Sabine Claudia Anke Birgit`),
		families:
			words(`Müller|Mueller Schmidt Schneider Fischer Weber Wagner Becker Schulz Hoffmann Koch Richter Klein
			Neumann Schwarz Zimmermann Braun Krüger|Krueger Hartmann Lange Werner Krause Lehmann Köhler|Koehler`),
		roots: words(`Stein Wald Berg Hof Kirch Linden Rosen Eichen Brand Stroh Falk Ober Hasel`),
		endings: words(`mann berger hauser bach feld ner inger meier hardt`),
	},
	french: {
		male: words(`Jean Pierre François|Francois Philippe Nicolas Laurent Olivier Thierry Mathieu Julien`),
		female: words(`Isabelle Sophie Claire Nathalie Camille Delphine`),
		families:
			words(`Martin Bernard Dubois Durand Lefebvre Moreau Girard Roux Fournier Lambert Bonnet Mercier Blanc
			Faure Rousseau Chevalier Gauthier Perrin Morel Lemaire Garnier Boyer Fontaine`),
		roots: words(`Beau Mont Ville Lac Dela Bel Rich Vaux Roche Chaum Fonten Duval`),
		endings: words(`champ fort mont lieu court ier eau elle ard`),
	},
	pakistani: {
		male: words(`Shahid Asif Tariq Bilal Zafar Kamran Naveed Faisal Usman Khurram Junaid`),
		female: words(`Ayesha Sana Hina Saima`),
		families: words(`Qureshi Chaudhry Malik Butt Abbasi Siddiqui Hashmi Rana Cheema Gondal Awan Khattak Baloch
			Durrani Niazi Mirza Shaikh Jatoi`),
		roots: words(`Gil Ghaz Sard Jam Khok Dast Tar Wat`),
		endings: words(`ani zai ar ali`),
	},
} satisfies Record<string, NameStyle>;

export type NameStyleName = keyof typeof NAME_STYLES;

/** A person's name: its usual spelling and the other spellings reports use. */
export interface PersonName {
	/** The usual full spelling: "Sergei Volkov", "Chen Wenqing". */
	full: string;
	/** Other full spellings of the same name: "Sergey Volkov". */
	variants: string[];
	/** How later sentences refer to the person: "Volkov", "Chen", "Minh". */
	short: string;
	female: boolean;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A family name from a style's list or from its roots and endings (e.g. "Sokolovsky"). */
function familyName(style: NameStyle, random: Random): string {
	const built = style.roots.length > 0 && (style.families.length === 0 || random.chance(0.75));
	if (!built) return random.pick(style.families);
	const infix = style.infixes && random.chance(0.5) ? random.pick(style.infixes) : '';
	const root = random.pick(style.roots) + infix;
	const ending = random.pick(style.endings);
	// "Sokol" + "ovsky": drop the ending's vowel after a root that already ends in one.
	return capitalise(
		/[aeiou]$/i.test(root) && /^[aeiou]/i.test(ending) ? root + ending.slice(1) : root + ending,
	);
}

/** A new personal name in a naming tradition. */
export function makeName(styleName: NameStyleName, random: Random): PersonName {
	const style: NameStyle = NAME_STYLES[styleName];
	const hasFemale = style.female.length > 0 || style.givenSyllables !== undefined;
	const female = hasFemale && random.chance(0.18);
	let givens: string[];
	if (style.givenSyllables) {
		const first = random.pick(style.givenSyllables);
		const second = random.pick(style.givenSyllables).toLowerCase();
		givens = [styleName === 'korean' ? `${first}-${second}` : `${first}${second}`];
	} else if (style.middles) {
		givens = [random.pick(female ? style.female : style.male)];
	} else if (style.male.length === 0) {
		// Mongolian usage: a given name and a patronymic, both built from roots and endings.
		givens = [familyName(style, random)];
	} else {
		givens = random.pick(female ? style.female : style.male).split('|');
	}
	const familyVariants = familyName(style, random)
		.split('|')
		.map((f) => (female && style.feminine ? style.feminine(f) : f));
	const family = familyVariants[0]!;
	const full = (given: string, fam: string): string => {
		if (style.middles) return `${fam} ${female ? 'Thi' : random.pick(style.middles)} ${given}`;
		return style.familyFirst ? `${fam} ${given}` : `${given} ${fam}`;
	};
	const spellings = givens.flatMap((g) => familyVariants.map((f) => full(g, f)));
	// Vietnamese: the middle word is chosen once, so every spelling shares it.
	const usual = spellings[0]!;
	const variants = style.middles ? [] : spellings.slice(1);
	const short = style.shortIsGiven ? givens[0]! : family;
	return { full: usual, variants, short, female };
}
