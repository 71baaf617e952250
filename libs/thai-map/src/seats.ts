import type { LatLng } from './types';

/**
 * The seat of each province (the town of its อำเภอเมือง; Bangkok: the city's reference point), by our 2-digit
 * province code, from public gazetteer coordinates rounded to 4 decimals (about 10 m). Used to place demo data and to
 * check the map's projection; not a survey.
 */
export const PROVINCE_SEATS: Record<string, LatLng> = {
  '10': { latitude: 13.7563, longitude: 100.5018 }, // Bangkok
  '11': { latitude: 13.599, longitude: 100.5998 }, // Samut Prakan
  '12': { latitude: 13.8621, longitude: 100.5144 }, // Nonthaburi
  '13': { latitude: 14.0208, longitude: 100.525 }, // Pathum Thani
  '14': { latitude: 14.3532, longitude: 100.5689 }, // Phra Nakhon Si Ayutthaya
  '15': { latitude: 14.5896, longitude: 100.455 }, // Ang Thong
  '16': { latitude: 14.7995, longitude: 100.6534 }, // Lop Buri
  '17': { latitude: 14.8936, longitude: 100.3967 }, // Sing Buri
  '18': { latitude: 15.1851, longitude: 100.1251 }, // Chai Nat
  '19': { latitude: 14.5289, longitude: 100.9101 }, // Saraburi
  '20': { latitude: 13.3611, longitude: 100.9847 }, // Chon Buri
  '21': { latitude: 12.6814, longitude: 101.277 }, // Rayong
  '22': { latitude: 12.6112, longitude: 102.1039 }, // Chanthaburi
  '23': { latitude: 12.2428, longitude: 102.5175 }, // Trat
  '24': { latitude: 13.6904, longitude: 101.078 }, // Chachoengsao
  '25': { latitude: 14.0509, longitude: 101.3717 }, // Prachin Buri
  '26': { latitude: 14.2069, longitude: 101.213 }, // Nakhon Nayok
  '27': { latitude: 13.824, longitude: 102.0646 }, // Sa Kaeo
  '30': { latitude: 14.9799, longitude: 102.0978 }, // Nakhon Ratchasima
  '31': { latitude: 14.993, longitude: 103.1029 }, // Buri Ram
  '32': { latitude: 14.8818, longitude: 103.4936 }, // Surin
  '33': { latitude: 15.1186, longitude: 104.322 }, // Si Sa Ket
  '34': { latitude: 15.2287, longitude: 104.8564 }, // Ubon Ratchathani
  '35': { latitude: 15.7926, longitude: 104.1453 }, // Yasothon
  '36': { latitude: 15.8068, longitude: 102.0316 }, // Chaiyaphum
  '37': { latitude: 15.8657, longitude: 104.6258 }, // Amnat Charoen
  '38': { latitude: 18.3609, longitude: 103.6466 }, // Bueng Kan
  '39': { latitude: 17.2218, longitude: 102.426 }, // Nong Bua Lam Phu
  '40': { latitude: 16.4322, longitude: 102.8236 }, // Khon Kaen
  '41': { latitude: 17.4138, longitude: 102.787 }, // Udon Thani
  '42': { latitude: 17.486, longitude: 101.7223 }, // Loei
  '43': { latitude: 17.8783, longitude: 102.742 }, // Nong Khai
  '44': { latitude: 16.1851, longitude: 103.3029 }, // Maha Sarakham
  '45': { latitude: 16.0538, longitude: 103.652 }, // Roi Et
  '46': { latitude: 16.4314, longitude: 103.5059 }, // Kalasin
  '47': { latitude: 17.1546, longitude: 104.1348 }, // Sakon Nakhon
  '48': { latitude: 17.392, longitude: 104.7695 }, // Nakhon Phanom
  '49': { latitude: 16.5425, longitude: 104.7235 }, // Mukdahan
  '50': { latitude: 18.7883, longitude: 98.9853 }, // Chiang Mai
  '51': { latitude: 18.5745, longitude: 99.0087 }, // Lamphun
  '52': { latitude: 18.2888, longitude: 99.4909 }, // Lampang
  '53': { latitude: 17.6201, longitude: 100.0993 }, // Uttaradit
  '54': { latitude: 18.1446, longitude: 100.1403 }, // Phrae
  '55': { latitude: 18.7756, longitude: 100.773 }, // Nan
  '56': { latitude: 19.1665, longitude: 99.9019 }, // Phayao
  '57': { latitude: 19.9105, longitude: 99.8406 }, // Chiang Rai
  '58': { latitude: 19.302, longitude: 97.9654 }, // Mae Hong Son
  '60': { latitude: 15.7047, longitude: 100.1372 }, // Nakhon Sawan
  '61': { latitude: 15.3835, longitude: 100.0246 }, // Uthai Thani
  '62': { latitude: 16.4828, longitude: 99.5227 }, // Kamphaeng Phet
  '63': { latitude: 16.884, longitude: 99.1258 }, // Tak
  '64': { latitude: 17.007, longitude: 99.8265 }, // Sukhothai
  '65': { latitude: 16.8211, longitude: 100.2659 }, // Phitsanulok
  '66': { latitude: 16.4429, longitude: 100.3487 }, // Phichit
  '67': { latitude: 16.419, longitude: 101.1606 }, // Phetchabun
  '70': { latitude: 13.5283, longitude: 99.8134 }, // Ratchaburi
  '71': { latitude: 14.0228, longitude: 99.5328 }, // Kanchanaburi
  '72': { latitude: 14.4745, longitude: 100.1177 }, // Suphan Buri
  '73': { latitude: 13.8199, longitude: 100.0621 }, // Nakhon Pathom
  '74': { latitude: 13.5475, longitude: 100.2744 }, // Samut Sakhon
  '75': { latitude: 13.4098, longitude: 100.0023 }, // Samut Songkhram
  '76': { latitude: 13.1119, longitude: 99.9398 }, // Phetchaburi
  '77': { latitude: 11.8124, longitude: 99.7973 }, // Prachuap Khiri Khan
  '80': { latitude: 8.4304, longitude: 99.9631 }, // Nakhon Si Thammarat
  '81': { latitude: 8.0863, longitude: 98.9063 }, // Krabi
  '82': { latitude: 8.4509, longitude: 98.5255 }, // Phang Nga
  '83': { latitude: 7.8804, longitude: 98.3923 }, // Phuket
  '84': { latitude: 9.1382, longitude: 99.3217 }, // Surat Thani
  '85': { latitude: 9.9658, longitude: 98.6348 }, // Ranong
  '86': { latitude: 10.493, longitude: 99.18 }, // Chumphon
  '90': { latitude: 7.1898, longitude: 100.5954 }, // Songkhla
  '91': { latitude: 6.6238, longitude: 100.0674 }, // Satun
  '92': { latitude: 7.5563, longitude: 99.6114 }, // Trang
  '93': { latitude: 7.6167, longitude: 100.074 }, // Phatthalung
  '94': { latitude: 6.8691, longitude: 101.2505 }, // Pattani
  '95': { latitude: 6.5411, longitude: 101.2804 }, // Yala
  '96': { latitude: 6.4255, longitude: 101.8253 }, // Narathiwat
};
