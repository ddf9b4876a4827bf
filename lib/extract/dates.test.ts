import { describe, expect, it } from 'vitest';
import { calendarDate, dateInText, isoDate, withoutDates } from './dates';

/** Fixed "now" for the tests: 1 March 2024. */
const NOW = Date.UTC(2024, 2, 1);

describe('dateInText: the dates readers see', () => {
  it.each([
    ['الأربعاء، 07 أكتوبر 2020 - 12:09 م', '2020-10-07'],
    ['نُشر في 3 تشرين الثاني/نوفمبر 2019', '2019-11-03'],
    ['12 آذار (مارس) 2020', '2020-03-12'],
    ['5 أيار - مايو 2021', '2021-05-05'],
    ['السبت 1 كانون الثاني 2022', '2022-01-01'],
    ['18 شباط 2017', '2017-02-18'],
    ['9 نيسان 2003', '2003-04-09'],
    ['21 حزيران 2015', '2015-06-21'],
    ['30 تموز 2014', '2014-07-30'],
    ['٢٣ آب ٢٠٢٢', '2022-08-23'],
    ['1 أيلول 2013', '2013-09-01'],
    ['15 كانون الأول 2018', '2018-12-15'],
    ['2 اكتوبر 2012', '2012-10-02'],
    ['2 إبريل 2012', '2012-04-02'],
    ['4 يونيه 2011', '2011-06-04'],
    ['14 جويلية 2019', '2019-07-14'],
    ['3 ماي 2021', '2021-05-03'],
    ['12 مايس 2003', '2003-05-12'],
    ['كانون الأول 15، 2018', '2018-12-15'],
    ['الاثنين ۱۵/۰۳/۲۰۲۱', '2021-03-15'],
    ['7/10/2020', '2020-10-07'],
    ['10/25/2020', '2020-10-25'],
    ['2020-10-07 | 08:40', '2020-10-07'],
    ['آخر تحديث 2021/02/18 الساعة 10:30', '2021-02-18'],
    ['20 صفر 1442 هـ الموافق 7 أكتوبر 2020', '2020-10-07'],
  ])('%s → %s', (text, iso) => {
    expect(dateInText(text, NOW)).toBe(iso);
  });

  it.each([
    ['31 شباط 2020', 'no such day'],
    ['3 تشرين الأول/نوفمبر 2019', 'two different months'],
    ['15 ربيع الأول 1442', 'a Hijri date'],
    ['٩ يوليو ١٩٨٩', 'before 1990'],
    ['1 يناير 2099', 'in the future'],
    ['مايو 2020', 'no day'],
    ['الساعة 12:09', 'a time only'],
    ['قُتل 12 شخصا في 2020', 'numbers that are not a date'],
  ])('%s is no date (%s)', (text) => {
    expect(dateInText(text, NOW)).toBeNull();
  });

  it('takes the first valid date of the text', () => {
    expect(dateInText('31/02/2020 ثم 3/3/2020 ثم 4/4/2020', NOW)).toBe('2020-03-03');
  });

  it('accepts today and tomorrow (a publisher a time zone ahead), not later', () => {
    expect(dateInText('1 آذار 2024', NOW)).toBe('2024-03-01');
    expect(dateInText('2 آذار 2024', NOW)).toBe('2024-03-02');
    expect(dateInText('3 آذار 2024', NOW)).toBeNull();
  });
});

describe('withoutDates', () => {
  it('leaves the words around the dates, and counts them', () => {
    const { rest, dates } = withoutDates('كتب سامي نصار · نُشر في 3 تشرين الثاني/نوفمبر 2019', NOW);
    expect(dates).toBe(1);
    expect(rest).toContain('سامي نصار');
    expect(rest).not.toMatch(/2019|تشرين/);
  });
});

describe('isoDate: dates written for machines', () => {
  it('takes an ISO date as written, whatever its time zone', () => {
    expect(isoDate('2019-01-03T23:30:00-05:00', NOW)).toBe('2019-01-03');
    expect(isoDate('2019-01-03', NOW)).toBe('2019-01-03');
  });

  it('reads RFC 2822 and words', () => {
    expect(isoDate('Thu, 03 Jan 2019 10:00:00 GMT', NOW)).toBe('2019-01-03');
    expect(isoDate('07 أكتوبر 2020', NOW)).toBe('2020-10-07');
  });

  it('gives null, never a wrong date, for what is not one', () => {
    for (const v of ['2021-02-30T10:00:00+02:00', '2021-13-01', '0000-00-00', '2099-05-01T08:00:00Z', '1989-12-31', 'غير محدد', 'أمس', '1', '12', '', '   ', null, undefined]) {
      expect(isoDate(v, NOW), String(v)).toBeNull();
    }
  });
});

describe('calendarDate', () => {
  it('knows leap years', () => {
    expect(calendarDate(2020, 2, 29, NOW)).toBe('2020-02-29');
    expect(calendarDate(2021, 2, 29, NOW)).toBeNull();
  });
});
