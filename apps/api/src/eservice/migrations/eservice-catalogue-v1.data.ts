/*
 * The first catalogue of the e-Service survey (แบบสำรวจงานบริการ e-Service, seed 002), fiscal years 2566 onwards:
 * the six sides with the manual's titles, side 1's four sub-groups, and the preset service items an LAO answers.
 *
 * The manual's screenshots are OCR'd and partly garbled; item names here restore what the rows plainly are (the newborn
 * child-support grant rows, the elderly/disability allowance rows, the elderly funeral-assistance rows with and
 * without a state welfare card, the water/wastewater fee row, school enrolment, online complaints) in the wording
 * Thai LAOs use, and add the common services of each side so every side but 6 has preset rows. Side 6 ("other
 * services beyond sides 1–5") is only what the LAO adds itself.
 *
 * Item codes are S<side>_<NN>, numbered through the side (across its groups), unique in the catalogue and never
 * reused: retiring an item is a new migration that sets its last year, never an edit of this file.
 */

export interface EServiceItemSeed {
  code: string;
  nameTh: string;
  nameEn: string;
}

export interface EServiceGroupSeed {
  code: string;
  titleTh: string;
  titleEn: string;
  items: EServiceItemSeed[];
}

export interface EServiceSideSeed {
  side: number;
  titleTh: string;
  titleEn: string;
  groups: EServiceGroupSeed[];
  /** Items at the side's top, outside any group. */
  items: EServiceItemSeed[];
}

const item = (code: string, nameTh: string, nameEn: string): EServiceItemSeed => ({ code, nameTh, nameEn });

export const ESERVICE_CATALOGUE_V1: EServiceSideSeed[] = [
  {
    side: 1,
    titleTh: 'งานบริการที่เกี่ยวข้องกับคุณภาพชีวิตประชาชน',
    titleEn: "Services for citizens' quality of life",
    groups: [
      {
        code: 'S1_CHILD',
        titleTh: 'การบริการที่เกี่ยวข้องกับเด็กแรกเกิด เด็กเล็ก และวัยรุ่น',
        titleEn: 'Services for newborns, young children and youth',
        items: [
          item('S1_01', 'ลงทะเบียนรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด', 'Registration for the newborn child-support grant'),
          item(
            'S1_02',
            'ตรวจสอบสิทธิและสถานะการรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด',
            'Checking eligibility and payment status of the newborn child-support grant',
          ),
          item(
            'S1_03',
            'ขอเปลี่ยนแปลงข้อมูลผู้รับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด',
            "Changing the recipient's details for the newborn child-support grant",
          ),
          item(
            'S1_04',
            'ขอเอกสารยืนยันการรับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด',
            'Requesting a confirmation letter for the newborn child-support grant',
          ),
          item('S1_05', 'สมัครเข้าเรียนศูนย์พัฒนาเด็กเล็ก', 'Enrolment at a child development centre'),
          item('S1_06', 'สมัครเข้าเรียนโรงเรียนในสังกัด อปท.', "Enrolment at a school run by the LAO"),
        ],
      },
      {
        code: 'S1_ELDERLY_DISABLED',
        titleTh: 'การบริการที่เกี่ยวข้องกับการขึ้นทะเบียนผู้สูงอายุและคนพิการ',
        titleEn: 'Registration of the elderly and people with disabilities',
        items: [
          item('S1_07', 'ลงทะเบียนรับเบี้ยยังชีพผู้สูงอายุ', 'Registration for the elderly living allowance'),
          item('S1_08', 'ลงทะเบียนรับเบี้ยความพิการ', 'Registration for the disability allowance'),
          item(
            'S1_09',
            'แจ้งเปลี่ยนแปลงข้อมูลผู้รับเบี้ยยังชีพ (ย้ายภูมิลำเนา/เปลี่ยนบัญชีรับเงิน)',
            "Updating an allowance recipient's details (change of address or bank account)",
          ),
          item('S1_10', 'ลงทะเบียนรับเบี้ยยังชีพผู้ป่วยเอดส์', 'Registration for the living allowance for people with AIDS'),
        ],
      },
      {
        code: 'S1_HEALTH',
        titleTh: 'การบริการอื่นที่เกี่ยวข้องกับสุขภาพ/อนามัย',
        titleEn: 'Other health and hygiene services',
        items: [
          item(
            'S1_11',
            'ขอรับเงินสงเคราะห์ค่าจัดการศพผู้สูงอายุตามประเพณี (ผู้มีบัตรสวัสดิการแห่งรัฐ)',
            'Funeral assistance for an elderly person holding a state welfare card',
          ),
          item(
            'S1_12',
            'ขอรับเงินสงเคราะห์ค่าจัดการศพผู้สูงอายุตามประเพณี (ผู้ไม่มีบัตรสวัสดิการแห่งรัฐ)',
            'Funeral assistance for an elderly person without a state welfare card',
          ),
          item('S1_13', 'ขอรับการสนับสนุนจากกองทุนหลักประกันสุขภาพระดับท้องถิ่น', 'Applying for support from the local health security fund'),
          item('S1_14', 'ขอใช้บริการรถรับ-ส่งผู้ป่วย', 'Requesting patient transport'),
          item(
            'S1_15',
            'ลงทะเบียนผู้สูงอายุที่มีภาวะพึ่งพิงเพื่อรับการดูแลระยะยาว (Long Term Care)',
            'Registering dependent elderly people for long-term care',
          ),
        ],
      },
      {
        code: 'S1_COMPLAINT',
        titleTh: 'การร้องทุกข์ออนไลน์',
        titleEn: 'Online complaints',
        items: [
          item('S1_16', 'เปิดบริการรับเรื่องร้องทุกข์ออนไลน์ (ไม่จำกัดประเภทเรื่อง)', 'Online complaints service (any subject)'),
          item('S1_17', 'แจ้งความเดือดร้อนของประชาชนในพื้นที่', 'Reporting hardship in the community'),
          item('S1_18', 'ร้องเรียนเรื่องที่ดินและการบุกรุกที่สาธารณประโยชน์', 'Complaints about land and encroachment on public land'),
          item('S1_19', 'ร้องขอความช่วยเหลือกรณีประสบสาธารณภัย', 'Requesting help after a disaster'),
        ],
      },
    ],
    items: [],
  },
  {
    side: 2,
    titleTh: 'งานบริการที่เกี่ยวข้องกับเศรษฐกิจ',
    titleEn: 'Services related to the economy',
    groups: [],
    items: [
      item('S2_01', 'ยื่นแบบและชำระภาษีที่ดินและสิ่งปลูกสร้าง', 'Filing and paying land and building tax'),
      item('S2_02', 'ยื่นแบบและชำระภาษีป้าย', 'Filing and paying signboard tax'),
      item('S2_03', 'ตรวจสอบข้อมูลภาษีท้องถิ่นและยอดค้างชำระ', 'Checking local tax records and arrears'),
      item('S2_04', 'ขอจดทะเบียนพาณิชย์', 'Commercial registration'),
      item('S2_05', 'ขอใบอนุญาตจัดตั้งตลาด', 'Licence to operate a market'),
      item('S2_06', 'ขอเช่าแผงค้าในตลาดของ อปท.', "Renting a stall in the LAO's market"),
      item('S2_07', 'ขอใบอนุญาตจำหน่ายสินค้าในที่หรือทางสาธารณะ', 'Licence to sell goods in a public place or street'),
      item('S2_08', 'ชำระค่าเช่าทรัพย์สินของ อปท.', "Paying rent for the LAO's property"),
    ],
  },
  {
    side: 3,
    titleTh: 'สาธารณสุขและสิ่งแวดล้อม',
    titleEn: 'Public health and environment',
    groups: [],
    items: [
      item('S3_01', 'ชำระค่าธรรมเนียมเก็บขนขยะมูลฝอย', 'Paying the refuse collection fee'),
      item('S3_02', 'ขอใบอนุญาตประกอบกิจการที่เป็นอันตรายต่อสุขภาพ', 'Licence for a business hazardous to health'),
      item(
        'S3_03',
        'ขอใบอนุญาตจัดตั้งสถานที่จำหน่ายอาหารหรือสถานที่สะสมอาหาร',
        'Licence for a food shop or food storage place',
      ),
      item('S3_04', 'ขอรับบริการสูบสิ่งปฏิกูล', 'Requesting septic tank emptying'),
      item('S3_05', 'ขอรับบริการเก็บขนขยะมูลฝอยและขอรับถังขยะ', 'Requesting refuse collection and waste bins'),
      item('S3_06', 'แจ้งเหตุเดือดร้อนรำคาญ (กลิ่น เสียง ควัน ฝุ่นละออง)', 'Reporting a nuisance (smell, noise, smoke, dust)'),
      item('S3_07', 'ขอรับบริการฉีดพ่นหมอกควันกำจัดยุงลาย', 'Requesting mosquito fogging'),
      item('S3_08', 'ขึ้นทะเบียนสุนัขและแมว/ขอรับวัคซีนป้องกันโรคพิษสุนัขบ้า', 'Registering dogs and cats, rabies vaccination'),
    ],
  },
  {
    side: 4,
    titleTh: 'งานบริการที่เกี่ยวข้องกับโครงสร้างพื้นฐาน',
    titleEn: 'Services related to infrastructure',
    groups: [],
    items: [
      item('S4_01', 'ขออนุญาตก่อสร้างอาคาร', 'Building permit'),
      item('S4_02', 'ขออนุญาตดัดแปลง รื้อถอน หรือเคลื่อนย้ายอาคาร', 'Permit to alter, demolish or move a building'),
      item('S4_03', 'แจ้งการขุดดินและถมดิน', 'Notice of excavation or land filling'),
      item('S4_04', 'ขออนุญาตเชื่อมทางหรือท่อระบายน้ำเข้ากับทางสาธารณะ', 'Permit to connect a driveway or drain to a public road'),
      item('S4_05', 'ขอใช้น้ำประปา', 'Applying for a piped water connection'),
      item('S4_06', 'บริการชำระค่าน้ำประปา/ค่าน้ำเสีย', 'Paying water and wastewater fees'),
      item('S4_07', 'แจ้งซ่อมไฟฟ้าสาธารณะ', 'Reporting broken street lights'),
      item('S4_08', 'แจ้งซ่อมถนน ท่อระบายน้ำ และสาธารณูปโภค', 'Reporting damaged roads, drains and utilities'),
      item('S4_09', 'ขอรับการสนับสนุนรถบรรทุกน้ำ', 'Requesting a water truck'),
    ],
  },
  {
    side: 5,
    titleTh: 'ด้านการร้องเรียนเกี่ยวกับหน่วยงาน อปท.',
    titleEn: 'Complaints about the LAO itself',
    groups: [],
    items: [
      item('S5_01', 'ร้องเรียนการทุจริตและประพฤติมิชอบ', 'Reporting corruption and misconduct'),
      item('S5_02', 'ร้องเรียนพฤติกรรมและการให้บริการของเจ้าหน้าที่', "Complaints about staff conduct and service"),
      item('S5_03', 'ร้องเรียนเกี่ยวกับการจัดซื้อจัดจ้าง', 'Complaints about procurement'),
      item('S5_04', 'ขอข้อมูลข่าวสารของราชการ', 'Requests for official information'),
      item('S5_05', 'แสดงความคิดเห็นและข้อเสนอแนะต่อการบริหารงานของ อปท.', "Opinions and suggestions on the LAO's administration"),
      item('S5_06', 'ประเมินความพึงพอใจต่อการให้บริการ', 'Rating satisfaction with services'),
    ],
  },
  {
    side: 6,
    titleTh: 'งานบริการอื่น ๆ เพิ่มเติม นอกเหนือจากด้านที่ 1 – 5',
    titleEn: 'Other services beyond sides 1–5',
    groups: [],
    items: [],
  },
];
