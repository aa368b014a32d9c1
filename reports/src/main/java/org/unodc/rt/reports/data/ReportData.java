package org.unodc.rt.reports.data;

/** The data of one report; its type decides the template. */
public sealed interface ReportData
        permits SecretaryGeneralReportData, SessionReportData, StateReturnData, CycleMatrixData {}
