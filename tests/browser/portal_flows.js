// The portal in a real browser (issue 12): Debian's chromium, headless, driven by playwright-core.
//   node tests/browser/portal_flows.js BAOCAO_BINARY [--screenshots [FOLDER]]
// Fills a temporary database with the sample province through the CLI, creates the accounts, starts
// `baocao serve` on a free port, and walks the pages as an officer would: first login and password
// change, upload of a good and a bad file, the reporting status of a period, a report and its Excel
// download (byte-identical to `baocao report`). Every console error or page error fails the run.
// With --screenshots it also saves a 1280px-wide picture of each page (docs/screenshots by default).
'use strict';

const assert = require('node:assert/strict');
const childProcess = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const readline = require('node:readline');
const { chromium } = require('playwright-core');

const root = path.resolve(__dirname, '..', '..');
const sample = path.join(root, 'fixtures', 'sample');
const ingest = path.join(root, 'fixtures', 'ingest');

function parseArgs(argv) {
  if (argv.length < 1) throw new Error('usage: portal_flows.js BAOCAO_BINARY [--screenshots [FOLDER]]');
  const options = { binary: path.resolve(argv[0]), screenshots: null };
  for (let i = 1; i < argv.length; ++i) {
    if (argv[i] === '--screenshots') {
      const next = argv[i + 1];
      options.screenshots = next && !next.startsWith('--') ? path.resolve(argv[++i]) : path.join(root, 'docs', 'screenshots');
    } else {
      throw new Error(`unknown argument ${argv[i]}`);
    }
  }
  return options;
}

// ---------------------------------------------------------------- the CLI
function cli(binary, db, args, { allowedStatus = [0] } = {}) {
  const result = childProcess.spawnSync(binary, ['--db', db, ...args], { encoding: 'utf8' });
  if (result.error) throw result.error;
  if (!allowedStatus.includes(result.status))
    throw new Error(`baocao ${args.join(' ')} exited ${result.status}\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

// The sample province as tests/sample_province_fixture.cc loads it (units, procedures, the dossiers
// in export-month order, then the yearly people files), except H01's June file: the browser uploads it.
const kBrowserUpload = 'dossiers_H01_2023-06.csv';

// The total row of form tthc for 2023-05 as the page shows it (the PDF's texts): 16 received (8 new
// online, 4 new in person, 4 carried over), 13 settled (3 early, 8 on time, 2 late — returned and
// withdrawn among them), 3 pending (2 within the deadline, 1 overdue), 1 withdrawn, 2 returned; the
// province's headline figures of fixtures/sample/README.md.
const kTthcTotal202305 = ['', 'Tổng cộng [2]', '16', '8', '4', '4', '13', '3', '8', '2', '3', '2', '1', '1', '2', '66,67%', '80,00%'];

function loadSampleProvince(binary, db) {
  cli(binary, db, ['submit', '--kind', 'units', path.join(sample, 'units.csv')]);
  cli(binary, db, ['submit', '--kind', 'procedures', path.join(sample, 'procedures.csv')]);
  const names = fs.readdirSync(sample);
  const dossiers = names.filter((n) => n.startsWith('dossiers_') && n !== kBrowserUpload)
    .sort((a, b) => (a.slice(-11) + a < b.slice(-11) + b ? -1 : 1));
  for (const name of dossiers) {
    const [, unit, period] = /^dossiers_([^_]+)_(\d{4}-\d{2})\.csv$/.exec(name);
    cli(binary, db, ['submit', '--kind', 'dossiers', '--unit', unit, '--period', period, path.join(sample, name)]);
  }
  const people = names.filter((n) => n.startsWith('discipline_') || n.startsWith('evaluations_')).sort();
  for (const name of people) {
    const [, kind, unit, year] = /^([a-z]+)_([^_]+)_(\d{4})\.csv$/.exec(name);
    cli(binary, db, ['submit', '--kind', kind, '--unit', unit, '--period', year, path.join(sample, name)]);
  }
}

function addAccount(binary, db, login, role, unit) {
  const args = ['user', 'add', login, '--role', role];
  if (unit) args.push('--unit', unit);
  const out = cli(binary, db, args);
  const match = /^Mật khẩu dùng một lần: (\S+)$/m.exec(out);
  if (!match) throw new Error(`no one-time password in the output of user add:\n${out}`);
  return match[1];
}

// `baocao serve --listen 127.0.0.1:0`; resolves with the server's base URL once it prints it.
function startServer(binary, db, job) {
  const server = childProcess.spawn(binary, ['--db', db, 'serve', '--listen', '127.0.0.1:0', '--job', job],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk) => { stderr += chunk; });
  const url = new Promise((resolve, reject) => {
    const lines = readline.createInterface({ input: server.stdout });
    lines.on('line', (line) => {
      const match = /^Cổng thông tin baocao đang chạy tại (http:\/\/127\.0\.0\.1:\d+\/) \(Ctrl\+C để dừng\)$/.exec(line);
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`baocao serve exited ${code} before listening\n${stderr}`)));
    setTimeout(() => reject(new Error(`baocao serve printed no address in 20 s\n${stderr}`)), 20000);
  });
  return { server, url, stderr: () => stderr };
}

function stopServer(server) {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) return resolve();
    const timer = setTimeout(() => server.kill('SIGKILL'), 5000);
    server.on('exit', () => { clearTimeout(timer); resolve(); });
    server.kill('SIGTERM');
  });
}

const sha256 = (bytes) => crypto.createHash('sha256').update(bytes).digest('hex');

// ---------------------------------------------------------------- the browser
class Flows {
  constructor(browser, base, options) {
    this.browser = browser;
    this.base = base;
    this.options = options;
    this.problems = [];  // console errors and page errors, with the page they happened on
  }

  async newPage() {
    const context = await this.browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true, locale: 'vi-VN' });
    context.setDefaultTimeout(10000);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') {
        const where = message.location().url;
        this.problems.push(`console error on ${page.url()}: ${message.text()}${where && where !== page.url() ? ` (${where})` : ''}`);
      }
    });
    page.on('pageerror', (error) => this.problems.push(`page error on ${page.url()}: ${error.message}`));
    // Which address a "Failed to load resource" was about (the console message does not say).
    page.on('response', (response) => {
      if (response.status() >= 400) this.problems.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
    });
    return page;
  }

  url(pathAndQuery) { return new URL(pathAndQuery, this.base).toString(); }

  async screenshot(page, name) {
    if (!this.options.screenshots) return;
    fs.mkdirSync(this.options.screenshots, { recursive: true });
    await page.screenshot({ path: path.join(this.options.screenshots, `${name}.png`), fullPage: true });
  }

  async text(page, selector) { return (await page.locator(selector).first().innerText()).trim(); }

  async expectPath(page, expected) {
    assert.equal(new URL(page.url()).pathname, expected, `expected to be on ${expected}, not ${page.url()}`);
  }

  async login(page, login, password) {
    await page.goto(this.url('/dang-nhap'));
    await page.getByLabel('Tên đăng nhập').fill(login);
    await page.getByLabel('Mật khẩu').fill(password);
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Đăng nhập' }).click()]);
  }

  async logout(page) {
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Đăng xuất' }).click()]);
    await this.expectPath(page, '/dang-nhap');
    assert.equal(await this.text(page, 'h1'), 'Đăng nhập');
  }

  // First login with the one-time password: the portal asks for a new password before anything else.
  async firstLogin(page, login, oneTime, fresh, { shots = false } = {}) {
    await page.goto(this.url('/dang-nhap'));
    assert.equal(await this.text(page, 'h1'), 'Đăng nhập');
    if (shots) {
      await page.getByLabel('Tên đăng nhập').fill(login);
      await this.screenshot(page, 'dang-nhap');
    }
    await this.login(page, login, oneTime);
    await this.expectPath(page, '/doi-mat-khau');
    assert.equal(await this.text(page, 'h1'), 'Đổi mật khẩu');
    assert.equal(await this.text(page, 'p.notice'),
      'Đây là lần đăng nhập đầu tiên (hoặc mật khẩu vừa được cấp lại): hãy đặt mật khẩu của riêng bạn trước khi dùng cổng thông tin.');
    // Until the password is changed every page leads back here.
    await page.goto(this.url('/'));
    await this.expectPath(page, '/doi-mat-khau');
    await page.getByLabel('Mật khẩu hiện tại').fill(oneTime);
    await page.getByLabel('Mật khẩu mới (10 đến 128 ký tự, khác tên đăng nhập)').fill(fresh);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(fresh);
    if (shots) await this.screenshot(page, 'doi-mat-khau');
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Đổi mật khẩu' }).click()]);
    assert.equal(await this.text(page, 'p.ok'), 'Đã đổi mật khẩu. Lần đăng nhập sau hãy dùng mật khẩu mới.');
    await this.logout(page);
    // The one-time password is spent; the new one works.
    await this.login(page, login, oneTime);
    await this.expectPath(page, '/dang-nhap');
    assert.equal(await this.text(page, 'p.error'),
      'Tên đăng nhập hoặc mật khẩu không đúng; hãy kiểm tra rồi nhập lại (mật khẩu phân biệt chữ hoa, chữ thường).');
    // The refused login's own answer (401) is expected, in the console and as a response.
    this.problems = this.problems.filter((p) => !/status of 401 \(Unauthorized\)$/.test(p) && !/^HTTP 401 for POST .*\/dang-nhap$/.test(p));
    await this.login(page, login, fresh);
  }

  // Fills /nop and sends the file; resolves on the receipt page.
  async upload(page, { kind, unit, period, file }) {
    await page.goto(this.url('/nop'));
    const form = page.locator('form#upload');
    await form.locator('select[name=kind]').selectOption(kind);
    await form.locator('select[name=unit]').selectOption(unit);
    await form.locator('input[name=period]').fill(period);
    await form.locator('input[type=file][name=file]').setInputFiles(file);
    await Promise.all([page.waitForURL(/\/bien-nhan\/[^/]+$/), form.getByRole('button', { name: 'Nộp tệp' }).click()]);
    assert.equal(await this.text(page, 'h1'), 'Biên nhận nộp dữ liệu');
  }

  // The dossiers column of a unit's row in the status table.
  async statusOf(page, code) {
    const row = page.locator('table.status tbody tr').filter({ has: page.locator('td.code', { hasText: new RegExp(`(^|\\s)${code}$`) }) });
    assert.equal(await row.count(), 1, `the status table has no single row for ${code}`);
    return (await row.locator('td.state').innerText()).trim();
  }

  // The cells of the report table's total row (tr.total), as the page shows them.
  async reportTotal(page) {
    const total = page.locator('table.report tbody tr.total').first();
    return (await total.locator('td').allInnerTexts()).map((t) => t.trim());
  }

  // The value of a row of the receipt's table (table.receipt), by its heading.
  async receiptRow(page, heading) {
    const row = page.locator('table.receipt tr').filter({ has: page.locator('th', { hasText: new RegExp(`^${heading}$`) }) });
    assert.equal(await row.count(), 1, `the receipt has no single row "${heading}"`);
    return (await row.locator('td').innerText()).trim();
  }

  async downloadBytes(page, linkText) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkText }).click()]);
    const failure = await download.failure();
    if (failure) throw new Error(`download "${linkText}" failed: ${failure}`);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
  }

  // A unit's account (H01): first login, a good file and a bad file.
  async unitOfficer(password, cliReceipt) {
    const page = await this.newPage();
    await this.firstLogin(page, 'h01', password, 'Hoa-Binh-2023-h01', { shots: true });
    await this.expectPath(page, '/nop');  // a unit's home is its upload page
    assert.equal(await page.locator('form#upload select[name=kind] option').evaluateAll((o) => o.map((x) => x.value).join(',')),
      'dossiers,discipline,evaluations,petitions');
    await this.screenshot(page, 'nop');

    // The good file: H01's June export, 4 dossiers.
    await this.upload(page, { kind: 'dossiers', unit: 'H01', period: '2023-06', file: path.join(sample, kBrowserUpload) });
    assert.equal(await this.text(page, 'p.outcome'), 'Đã tiếp nhận toàn bộ tệp.');
    assert.equal(await this.receiptRow(page, 'Tệp'), kBrowserUpload);
    assert.equal(await this.receiptRow(page, 'Đơn vị nộp'), 'H01');
    assert.equal(await this.receiptRow(page, 'Kỳ'), '2023-06');
    assert.equal(await this.receiptRow(page, 'Số dòng dữ liệu'), '4');
    assert.equal(await this.receiptRow(page, 'Tiếp nhận'), '4');
    assert.equal(await this.receiptRow(page, 'Bị từ chối'), '0');
    const number = await this.receiptRow(page, 'Biên nhận số');
    assert.match(number, /^\d+$/);
    assert.equal(await page.locator('table.problems').count(), 0);
    await this.screenshot(page, 'nop-bien-nhan');
    const receipt = await this.downloadBytes(page, 'Tải biên nhận (.txt)');
    assert.equal(receipt.name, 'bien-nhan.txt');
    // The same lines as `baocao submit` of that file, but for the submission number, the file's path
    // and the time: the CLI's copy ran on another database at another moment.
    const text = receipt.bytes.toString('utf8');
    assert.ok(text.startsWith(`BIÊN NHẬN NỘP DỮ LIỆU số ${number}\nTệp: ${kBrowserUpload}\n`), text);
    const comparable = (t) => t.split('\n').filter((l) => !/^(BIÊN NHẬN NỘP DỮ LIỆU|Tệp: |Thời điểm nộp: )/.test(l)).join('\n');
    assert.equal(comparable(text), comparable(cliReceipt.good));

    // The same file again: the receipt says so and names the first one.
    await this.upload(page, { kind: 'dossiers', unit: 'H01', period: '2023-06', file: path.join(sample, kBrowserUpload) });
    assert.match(await this.text(page, 'p.outcome'),
      new RegExp(`^Đã nộp trước đó: tệp giống hệt tệp đã tiếp nhận lúc \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} \\(biên nhận số ${number}\\); không có thay đổi\\.$`));

    // The bad file: kenh_nop = email on row 3; rejected whole, the problem in the table.
    await this.upload(page, { kind: 'dossiers', unit: 'H01', period: '2023-05', file: path.join(ingest, 'bad_enum.csv') });
    assert.equal(await this.text(page, 'p.outcome'),
      'Từ chối: tệp có lỗi, không dòng nào được lưu. Hãy sửa các lỗi dưới đây rồi nộp lại.');
    assert.equal(await this.receiptRow(page, 'Số dòng dữ liệu'), '2');
    assert.equal(await this.receiptRow(page, 'Tiếp nhận'), '0');
    assert.equal(await this.receiptRow(page, 'Bị từ chối'), '1');
    assert.deepEqual(await page.locator('table.problems thead th').allInnerTexts(), ['Dòng', 'Cột', 'Tên cột', 'Nội dung']);
    assert.equal(await page.locator('table.problems tbody tr').count(), 1);
    const first = (await page.locator('table.problems tbody tr').first().locator('td').allInnerTexts()).map((t) => t.trim());
    assert.deepEqual(first, ['3', '4', 'kenh_nop',
      'cột "kenh_nop": giá trị "email" không hợp lệ; chấp nhận: truc_tuyen (Trực tuyến), truc_tiep (Trực tiếp), buu_chinh (Bưu chính công ích)']);
    await this.screenshot(page, 'nop-bien-nhan-loi');
    await this.logout(page);
    await page.context().close();
  }

  // The province's reporting office: the status of June (H03 has not reported) and a report.
  async office(password, expectedXlsx) {
    const page = await this.newPage();
    await this.firstLogin(page, 'tonghop', password, 'Hoa-Binh-2023-tonghop');
    await this.expectPath(page, '/tinh-hinh');

    await page.goto(this.url('/tinh-hinh?period=2023-06'));
    assert.equal(await this.text(page, 'h1'), 'Tình hình nộp báo cáo');
    assert.equal(await this.statusOf(page, 'H03'), 'CHƯA BÁO CÁO (0/1; thiếu 2023-06)');
    assert.equal(await this.statusOf(page, 'X0301'), 'CHƯA BÁO CÁO (0/1; thiếu 2023-06)');
    // Everything was submitted in the test's own time, years after the 2023 deadlines: late.
    assert.equal(await this.statusOf(page, 'H01'), 'đã báo cáo, nộp muộn (1/1)');
    await this.screenshot(page, 'tinh-hinh');

    await page.goto(this.url('/bao-cao'));
    const form = page.locator('form.choice');
    await form.locator('select[name=form]').selectOption('tthc');
    await form.locator('input[name=period]').fill('2023-05');
    await Promise.all([page.waitForNavigation(), form.getByRole('button', { name: 'Xem báo cáo' }).click()]);
    const query = new URL(page.url()).searchParams;
    assert.equal(query.get('form'), 'tthc');
    assert.equal(query.get('period'), '2023-05');
    assert.equal(await page.locator('table.report').count(), 1);
    assert.equal(await this.text(page, 'p.warning'), 'Cảnh báo: Chưa báo cáo: X0202 UBND xã Hòa Sơn (tháng 2023-05)');
    assert.deepEqual(await this.reportTotal(page), expectedXlsx.total);
    await this.screenshot(page, 'bao-cao');
    const xlsx = await this.downloadBytes(page, 'Tải Excel (.xlsx)');
    assert.equal(xlsx.name, expectedXlsx.name);
    assert.equal(sha256(xlsx.bytes), sha256(expectedXlsx.bytes), 'the downloaded workbook differs from `baocao report`');

    await page.goto(this.url('/lich-su'));
    assert.equal(await this.text(page, 'h1'), 'Lịch sử các lượt chạy');
    const run = page.locator('table.runs tbody.run').first();
    assert.equal((await run.locator('tr.run td').nth(4).innerText()).trim(), '2023-05');
    const published = (await run.locator('table.files tbody td a').allInnerTexts()).sort();
    assert.deepEqual(published, expectedXlsx.published);
    await this.screenshot(page, 'lich-su');
    await this.logout(page);
    await page.context().close();
  }

  async administrator(password) {
    const page = await this.newPage();
    await this.firstLogin(page, 'quantri', password, 'Hoa-Binh-2023-quantri');
    await page.goto(this.url('/tai-khoan'));
    assert.equal(await this.text(page, 'h1'), 'Tài khoản');
    const logins = async () => (await page.locator('table.accounts tbody tr td:first-child').allInnerTexts()).map((t) => t.trim()).sort();
    assert.deepEqual(await logins(), ['h01', 'quantri', 'tonghop']);
    // The audit log holds the logins of this run, the unit's submission among them.
    const audit = await page.locator('table.audit tbody').innerText();
    assert.match(audit, /\bh01\b/);
    await this.screenshot(page, 'tai-khoan');

    // A new account for H02, created in the page; its one-time password works once.
    const create = page.locator('form#tao-tai-khoan');
    await create.locator('input[name=login]').fill('h02');
    await create.locator('select[name=role]').selectOption('don_vi');
    await create.locator('select[name=unit]').selectOption('H02');
    await Promise.all([page.waitForNavigation(), create.getByRole('button', { name: 'Tạo tài khoản' }).click()]);
    const oneTime = await this.text(page, 'code.one-time-password');
    assert.match(oneTime, /^[A-Z0-9]{4}(-[A-Z0-9]{4}){3}$/);
    await page.goto(this.url('/tai-khoan'));
    assert.deepEqual(await logins(), ['h01', 'h02', 'quantri', 'tonghop']);
    await this.logout(page);
    await page.context().close();

    const unit = await this.newPage();
    await this.firstLogin(unit, 'h02', oneTime, 'Hoa-Binh-2023-h02');
    await this.expectPath(unit, '/nop');
    assert.deepEqual(await unit.locator('form#upload select[name=unit] option').evaluateAll((o) => o.map((x) => x.value)),
      ['H02', 'X0201', 'X0202']);
    await unit.context().close();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'baocao-browser-'));
  let server = null;
  let browser = null;
  try {
    const db = path.join(temp, 'baocao.db');
    loadSampleProvince(options.binary, db);

    // What the CLI says for the same choices, on a copy of the database before the browser's upload.
    const copy = path.join(temp, 'cli.db');
    fs.copyFileSync(db, copy);
    const cliReceipt = {
      good: cli(options.binary, copy, ['submit', '--kind', 'dossiers', '--unit', 'H01', '--period', '2023-06',
        path.join(sample, kBrowserUpload)]),
    };
    const reportDir = path.join(temp, 'cli-report');
    const written = cli(options.binary, db, ['report', '--form', 'tthc', '--period', '2023-05', '--format', 'xlsx', '--out', reportDir], { allowedStatus: [0, 5] }).trim();
    const expectedXlsx = { name: path.basename(written), bytes: fs.readFileSync(written) };

    // A monthly run for /lich-su, its inbox and output in the temporary folder.
    const job = path.join(temp, 'jobs', 'monthly.toml');
    fs.mkdirSync(path.dirname(job));
    fs.copyFileSync(path.join(root, 'jobs', 'monthly.toml'), job);
    fs.mkdirSync(path.join(temp, 'inbox'));
    cli(options.binary, db, ['run', job, '--period', '2023-05'], { allowedStatus: [0, 5] });
    expectedXlsx.published = fs.readdirSync(path.join(temp, 'output', '2023-05')).sort();
    // The province's line of tthc for 2023-05 (fixtures/sample/README.md, "Headline figures").
    expectedXlsx.total = kTthcTotal202305;

    const passwords = {
      h01: addAccount(options.binary, db, 'h01', 'don_vi', 'H01'),
      tonghop: addAccount(options.binary, db, 'tonghop', 'tong_hop'),
      quantri: addAccount(options.binary, db, 'quantri', 'quan_tri'),
    };

    const started = startServer(options.binary, db, job);
    server = started.server;
    const base = await started.url;
    browser = await chromium.launch({ executablePath: process.env.BAOCAO_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] });
    const flows = new Flows(browser, base, options);
    const steps = [
      ['a unit account: first login, password change, upload a good and a bad file', () => flows.unitOfficer(passwords.h01, cliReceipt)],
      ['the reporting office: status of 2023-06, report tthc 2023-05 and its Excel download, run history', () => flows.office(passwords.tonghop, expectedXlsx)],
      ['an administrator: the accounts and the audit log', () => flows.administrator(passwords.quantri)],
    ];
    let failed = 0;
    for (const [name, step] of steps) {
      const before = flows.problems.length;
      try {
        await step();
        if (flows.problems.length > before) throw new Error(flows.problems.slice(before).join('\n'));
        console.log(`ok: ${name}`);
      } catch (error) {
        ++failed;
        console.error(`FAILED: ${name}\n${error.stack || error}`);
      }
    }
    if (options.screenshots) console.log(`screenshots in ${options.screenshots}`);
    if (failed) throw new Error(`${failed} of ${steps.length} browser flows failed`);
    console.log(`all ${steps.length} browser flows passed in ${browser.version()}`);
  } finally {
    if (browser) await browser.close();
    if (server) await stopServer(server);
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message || error);
  process.exit(1);
});
