import type ExcelJS from 'exceljs';
import type PDFDocument from 'pdfkit';
import type sharp from 'sharp';
import type nodemailer from 'nodemailer';

/**
 * Libraries a server may never need, loaded on first use instead of at start (ADR 0080): loading
 * exceljs, pdfkit, sharp and nodemailer up front cost the server about 100 MiB of resident memory
 * (their code and V8 heap) whether or not anyone exported a list, printed a document, uploaded a
 * photo or sent a mail. Node caches a module once loaded, so only the first call waits.
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

export async function loadPdfKit(): Promise<typeof PDFDocument> {
  return (await import('pdfkit')).default;
}

export async function loadSharp(): Promise<typeof sharp> {
  return (await import('sharp')).default;
}

export async function loadNodemailer(): Promise<typeof nodemailer> {
  return (await import('nodemailer')).default;
}

/** Loads all four now: for test servers, so the first photo or export of a test does not pay the import. */
export async function preloadLazyModules(): Promise<void> {
  await Promise.all([loadExcelJs(), loadPdfKit(), loadSharp(), loadNodemailer()]);
}
